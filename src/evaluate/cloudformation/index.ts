export type { CfnEvaluation, CfnResource } from './model.js';
export type { RawResource, RawTemplate } from './template.js';
export { readTemplate } from './template.js';
export { evaluateTemplate, PSEUDO_PARAMETERS, type EvaluateOptions } from './evaluate.js';
export { readParameterFiles } from './parameters.js';
