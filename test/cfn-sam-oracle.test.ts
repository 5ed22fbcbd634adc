/**
 * SAM oracle: for every input/output pair of SAM's translator tests in the shared corpus, the execution roles our SAM
 * expansion generates must carry the same IAM as the roles SAM's own translator wrote (trust policy, managed policy
 * ARNs as a set, inline policies by name, permissions boundary), and so must the roles SAM creates for state machine
 * event sources (`<StateMachine><Event>Role`). Connector policies are compared in cfn-sam-connectors.test.ts.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus } from './support/corpus.js';
import { parseTemplate } from '../src/parse/cloudformation/index.js';
import { readTemplate } from '../src/evaluate/cloudformation/index.js';
import { expandSam } from '../src/extract/aws/sam-transform.js';
import { toPlain } from '../src/evaluate/value.js';

const SAM = path.join(CORPUS, 'cloudformation/aws__serverless-application-model/tests/translator');
const ROLE_SOURCES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);

/** Pairs whose roles differ, with why. This list may only shrink. */
const EXCEPTIONS: Record<string, string> = {
  function_with_tracing: 'Tracing given as a number: the translator adds X-Ray for any non-string value; we read only "Active"',
  globals_for_function: 'DurableConfig replaces AWSLambdaBasicExecutionRole by AWSLambdaBasicDurableExecutionRolePolicy and adds X-Ray; not modelled',
  implicit_api_with_serverless_rest_api_resource: 'a function named ServerlessRestApi is replaced by the implicit API SAM generates; we expand it as a function',
};

function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x).sort().map((k) => [k, sortKeys((x as Record<string, unknown>)[k])]));
  return x;
}

function normalizeRole(props: Record<string, unknown>): unknown {
  const bag = (v: unknown) => (Array.isArray(v) ? v.map((i) => JSON.stringify(sortKeys(i))).sort() : v === undefined ? [] : [JSON.stringify(sortKeys(v))]);
  return {
    AssumeRolePolicyDocument: sortKeys(props.AssumeRolePolicyDocument),
    ManagedPolicyArns: [...new Set(bag(props.ManagedPolicyArns))],
    Policies: bag(props.Policies),
    PermissionsBoundary: sortKeys(props.PermissionsBoundary ?? null),
    Path: props.Path ?? null,
  };
}

interface PairResult {
  name: string;
  roles: number;
  same: boolean;
  detail?: string;
}

function comparePair(name: string): PairResult | undefined {
  const inputPath = path.join(SAM, 'input', `${name}.yaml`);
  const outputPath = path.join(SAM, 'output', `${name}.json`);
  if (!existsSync(outputPath)) return undefined;
  const output = JSON.parse(readFileSync(outputPath, 'utf8')) as { Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
  if (!output.Resources) return undefined; // the translator rejected the input: nothing to compare
  const parsed = parseTemplate(readFileSync(inputPath, 'utf8'), `input/${name}.yaml`);
  if (parsed.error || parsed.value.kind !== 'object') return { name, roles: 0, same: false, detail: `parse: ${parsed.error?.message}` };
  const raw = readTemplate(parsed.value, parsed.keySpans, `input/${name}.yaml`);
  const samResources = new Map(raw.resources.filter((r) => ROLE_SOURCES.has(r.type)).map((r) => [r.logicalId, r.type]));
  const declared = new Set(raw.resources.map((r) => r.logicalId));
  expandSam(raw);
  const ours = new Map<string, unknown>();
  for (const r of raw.resources) if (r.generatedFrom !== undefined && r.type === 'AWS::IAM::Role' && r.properties) ours.set(r.logicalId, normalizeRole(toPlain(r.properties) as Record<string, unknown>));
  // Roles SAM generates: `<Resource>Role` for functions and state machines, `<StateMachine><Event>Role` for events.
  const generatedIds = new Set<string>([...samResources.keys()].map((id) => `${id}Role`));
  for (const r of raw.resources) {
    const events = r.type === 'AWS::Serverless::StateMachine' ? r.properties?.entries.get('Events') : undefined;
    if (events?.kind === 'object') for (const eventId of events.entries.keys()) generatedIds.add(`${r.logicalId}${eventId}Role`);
  }
  const theirs = new Map<string, unknown>();
  for (const [id, r] of Object.entries(output.Resources)) {
    if (r.Type !== 'AWS::IAM::Role' || !generatedIds.has(id) || declared.has(id)) continue;
    theirs.set(id, normalizeRole(r.Properties ?? {}));
  }
  const ids = [...new Set([...ours.keys(), ...theirs.keys()])].sort();
  for (const id of ids) {
    const a = JSON.stringify(ours.get(id));
    const b = JSON.stringify(theirs.get(id));
    if (a !== b) return { name, roles: ids.length, same: false, detail: `${id}\n  ours:   ${a}\n  theirs: ${b}` };
  }
  return { name, roles: ids.length, same: true };
}

describe.skipIf(!hasCorpus)('SAM oracle: generated execution roles equal the translator output', () => {
  it('matches on at least 95% of the pairs, exceptions listed', () => {
    const names = readdirSync(path.join(SAM, 'input'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -5))
      .sort();
    const results = names.map(comparePair).filter((r): r is PairResult => r !== undefined);
    const different = results.filter((r) => !r.same);
    const withRoles = results.filter((r) => r.roles > 0);
    const identical = results.length - different.length;
    const figure = (100 * identical) / results.length;
    process.stdout.write(
      `SAM oracle: ${identical}/${results.length} translated pairs identical (${figure.toFixed(1)}%); ` +
        `${withRoles.filter((r) => r.same).length}/${withRoles.length} pairs with generated roles; ${names.length - results.length} rejected inputs skipped\n`,
    );
    for (const d of different) if (!EXCEPTIONS[d.name]) console.log(`DIFF ${d.name}: ${d.detail}`);
    expect(different.map((d) => d.name).filter((n) => !EXCEPTIONS[n])).toEqual([]);
    // An exception that now matches must leave the list.
    expect(Object.keys(EXCEPTIONS).filter((n) => results.find((r) => r.name === n)?.same)).toEqual([]);
    expect(figure).toBeGreaterThanOrEqual(95);
  }, 300_000);
});
