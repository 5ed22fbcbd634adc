export * from './span.js';
export * from './severity.js';
export * from './grant.js';
export * from './finding.js';
export * from './rule.js';
export * from './document.js';
