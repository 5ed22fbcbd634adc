/**
 * The JSON dialects of the front ends: which syntax each accepts, and what its syntax errors say. The reader reports a
 * problem kind at an offset; a dialect turns it into the message its front end has always given (tests and users
 * rely on these texts and locations).
 */
import type { JsonReadOptions } from './reader.js';
import { PROPERTIES_DEPTH } from '../cloudformation/types.js';

export type JsonProblemKind =
  /** A value was expected and the text ended. */
  | 'end-of-text'
  /** A value was expected; the character cannot start one. */
  | 'unexpected-character'
  /** `t`, `f` or `n` that does not start `true`, `false` or `null`. */
  | 'bad-literal'
  /** `-` not followed by a digit. */
  | 'bad-number'
  /** At the opening quote. */
  | 'unterminated-string'
  /** A raw control character (or line break) inside a string the dialect rejects. */
  | 'control-character'
  /** At the backslash. */
  | 'bad-unicode-escape'
  /** At the backslash. */
  | 'bad-escape'
  | 'expected-key'
  | 'expected-colon'
  | 'expected-comma-or-brace'
  | 'expected-comma-or-bracket'
  | 'trailing-text'
  | 'too-deep'
  /** At the `/*`. */
  | 'unterminated-comment'
  /** At the `${`. */
  | 'unterminated-interpolation';

export interface JsonProblem {
  kind: JsonProblemKind;
  offset: number;
  /** 'expected-colon': the property name just read. */
  key?: string;
  /** 'too-deep': the deepest nesting allowed (the top-level value is depth 0). */
  maxDepth?: number;
  /** 'too-deep': where the reader started looking for the value, before the whitespace in front of it. */
  searchStart?: number;
}

/** A dialect: the message for a problem and the offset it is reported at. */
export type JsonMessages = (problem: JsonProblem, text: string) => { message: string; offset: number };

type MessageTable = Record<JsonProblemKind, (problem: JsonProblem, text: string) => string>;

const atEnd = (problem: JsonProblem, text: string): boolean => problem.offset >= text.length;

/** Strict JSON documents (CloudFormation templates, Terraform plans). */
const TEMPLATE_MESSAGES: MessageTable = {
  'end-of-text': () => 'unexpected end of file: expected a value',
  'unexpected-character': (p, text) => `unexpected character ${JSON.stringify(text[p.offset])}: expected a value`,
  'bad-literal': () => 'unexpected text: expected a value',
  'bad-number': () => 'invalid number',
  'unterminated-string': () => 'unterminated string',
  'control-character': () => 'control character in string: write it as an escape (\\n, \\t)',
  'bad-unicode-escape': () => 'invalid \\u escape',
  'bad-escape': (p, text) => `invalid escape \\${text[p.offset + 1] ?? ''}`,
  'expected-key': () => 'expected a property name in double quotes',
  'expected-colon': (p) => `expected ':' after property name ${JSON.stringify(p.key)}`,
  'expected-comma-or-brace': (p, text) => (atEnd(p, text) ? "unexpected end of file: expected ',' or '}'" : "expected ',' or '}' after a property value"),
  'expected-comma-or-bracket': (p, text) => (atEnd(p, text) ? "unexpected end of file: expected ',' or ']'" : "expected ',' or ']' after an array item"),
  'trailing-text': () => 'expected end of file after the top-level value',
  'too-deep': (p) => `template nested deeper than ${p.maxDepth} levels`,
  'unterminated-comment': () => 'unterminated block comment: expected */',
  'unterminated-interpolation': () => "unterminated interpolation: expected '}'",
};

/** JSON as Azure Resource Manager reads it: a '}' may close an object after a comma, so the key message says so. */
const ARM_MESSAGES: MessageTable = {
  ...TEMPLATE_MESSAGES,
  'unterminated-string': () => 'unterminated string: expected a closing "',
  'bad-unicode-escape': () => 'invalid \\u escape: expected four hex digits',
  'expected-key': (p, text) => (atEnd(p, text) ? "unexpected end of file: expected '}'" : "expected a property name in double quotes or '}'"),
  'too-deep': (p) => `document nested deeper than ${p.maxDepth} levels`,
};

const prefixed =
  (table: MessageTable): JsonMessages =>
  (problem, text) => ({ message: `invalid JSON: ${table[problem.kind](problem, text)}`, offset: problem.offset });


/** Policy text inside another file: "expected X, found Y", with Y the character at the reported offset. */
const POLICY_EXPECTED: Record<Exclude<JsonProblemKind, 'too-deep'>, string> = {
  'end-of-text': 'a JSON value',
  'unexpected-character': 'a JSON value',
  'bad-literal': 'a JSON value',
  'bad-number': 'a JSON value',
  'unterminated-string': '\'"\' to close the string',
  'control-character': '\'"\' to close the string',
  'bad-unicode-escape': 'a valid escape sequence',
  'bad-escape': 'a valid escape sequence',
  'expected-key': 'a property name in double quotes',
  'expected-colon': "':' after the property name",
  'expected-comma-or-brace': "',' or '}' after a property value",
  'expected-comma-or-bracket': "',' or ']' after a list item",
  'trailing-text': 'end of the document',
  'unterminated-comment': "'*/' to close the comment",
  'unterminated-interpolation': "'}' to close the interpolation",
};

const policyMessages: JsonMessages = (problem, text) => {
  // The policy reader counts the document itself as the first level.
  if (problem.kind === 'too-deep') return { message: `invalid policy JSON: nested deeper than ${problem.maxDepth! + 1} levels`, offset: problem.searchStart ?? problem.offset };
  // Escape errors point at the character after the backslash.
  const offset = problem.kind === 'bad-escape' || problem.kind === 'bad-unicode-escape' ? problem.offset + 1 : problem.offset;
  const found = offset < text.length ? `'${text[offset]}'` : 'end of text';
  return { message: `invalid policy JSON: expected ${POLICY_EXPECTED[problem.kind]}, found ${found}`, offset };
};

/** Syntax and messages; the caller adds the file, its nesting limit and, for embedded text, positions. */
export type JsonDialect = Omit<JsonReadOptions, 'file' | 'maxDepth' | 'positions' | 'interpolations'>;

/** RFC 8259 JSON: CloudFormation templates, Terraform plans. */
/** Key spans down to a resource's Properties, which is all readTemplate reads. */
export const TEMPLATE_JSON: JsonDialect = { messages: prefixed(TEMPLATE_MESSAGES), keySpanDepth: PROPERTIES_DEPTH };

/** JSON as Azure Resource Manager reads it: comments, trailing commas, raw line breaks in strings, U+00A0 as space. */
export const ARM_JSON: JsonDialect = {
  messages: prefixed(ARM_MESSAGES),
  comments: true,
  trailingCommas: true,
  controlCharactersInStrings: 'allow',
  byteOrderMarkIsSpace: true,
  noBreakSpaceIsSpace: true,
};

/** IAM policy text inside a Terraform string or heredoc: raw tabs are kept in strings, a raw line break in one is an error. */
export const POLICY_JSON: JsonDialect = {
  messages: policyMessages,
  controlCharactersInStrings: 'reject-line-breaks',
  byteOrderMarkIsSpace: true,
  duplicateKeys: 'keep-position',
};
