/**
 * The Action's inputs, read from the `INPUT_<NAME>` variables the runner sets for `with:` entries. Each input maps
 * one to one to a CLI flag; an unknown input or an invalid value stops the run with a message listing what is valid.
 */
import { FAIL_ON_VALUES, type FailOn } from '../cli/args.js';

export const COMMENT_MODES = ['update', 'new', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Every input of action.yml, with its CLI flag (for messages and docs) and its default. */
export const INPUTS = {
  paths: { flag: 'PATHS...', default: '.' },
  config: { flag: '--config', default: '' },
  'fail-on': { flag: '--fail-on', default: 'high' },
  'new-only': { flag: '--new-only', default: '' },
  comment: { flag: '(action only)', default: 'update' },
  inline: { flag: '(action only)', default: 'true' },
  'max-inline': { flag: '(action only)', default: '30' },
  sarif: { flag: '--format sarif --output', default: '' },
  'working-directory': { flag: '(cwd)', default: '.' },
  'base-ref': { flag: '--base', default: '' },
  'github-token': { flag: '(action only)', default: '' },
} as const;

export type InputName = keyof typeof INPUTS;
export const INPUT_NAMES = Object.keys(INPUTS) as InputName[];

export interface ActionInputs {
  paths: string[];
  config: string | undefined;
  failOn: FailOn;
  /** Undefined: the event decides (true on pull requests, false otherwise). */
  newOnly: boolean | undefined;
  comment: CommentMode;
  inline: boolean;
  maxInline: number;
  sarif: string | undefined;
  workingDirectory: string;
  baseRef: string | undefined;
  token: string;
}

export class InputError extends Error {}

/** The runner's variable name for an input: upper case, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

const BOOLEAN_TRUE = ['true', 'True', 'TRUE'];
const BOOLEAN_FALSE = ['false', 'False', 'FALSE'];

export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const known = new Set(INPUT_NAMES.map(inputVariable));
  const unknown = Object.keys(env)
    .filter((k) => k.startsWith('INPUT_') && !known.has(k))
    .map((k) => k.slice('INPUT_'.length).toLowerCase());
  if (unknown.length > 0) {
    throw new InputError(`unknown input${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `'${u}'`).join(', ')}; valid inputs: ${INPUT_NAMES.join(', ')}`);
  }
  const raw = (name: InputName): string => (env[inputVariable(name)] ?? '').trim() || INPUTS[name].default;
  const oneOf = <T extends string>(name: InputName, valid: readonly T[]): T => {
    const value = raw(name);
    if (!(valid as readonly string[]).includes(value)) throw new InputError(`invalid input ${name} '${value}'; valid values: ${valid.join(', ')}`);
    return value as T;
  };
  const bool = (name: InputName): boolean | undefined => {
    const value = raw(name);
    if (value === '') return undefined;
    if (BOOLEAN_TRUE.includes(value)) return true;
    if (BOOLEAN_FALSE.includes(value)) return false;
    throw new InputError(`invalid input ${name} '${value}'; valid values: true, false`);
  };
  const maxInlineText = raw('max-inline');
  const maxInline = Number(maxInlineText);
  if (!/^\d+$/.test(maxInlineText) || maxInline > 1000) {
    throw new InputError(`invalid input max-inline '${maxInlineText}'; valid values: a whole number from 0 to 1000`);
  }
  const paths = raw('paths')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: raw('config') || undefined,
    failOn: oneOf('fail-on', FAIL_ON_VALUES),
    newOnly: bool('new-only'),
    comment: oneOf('comment', COMMENT_MODES),
    inline: bool('inline') ?? true,
    maxInline,
    sarif: raw('sarif') || undefined,
    workingDirectory: raw('working-directory'),
    baseRef: raw('base-ref') || undefined,
    token: raw('github-token') || env.GITHUB_TOKEN || '',
  };
}
