/** Splitting the front ends' work into jobs, and running them when a worker thread fails. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { terraformComponents } from '../src/evaluate/terraform/components.js';
import type { SourceFile } from '../src/model/document.js';
import type { FrontEnd, ScanOptions } from '../src/pipeline/frontend.js';
import { planJobs, runJobs, threadCount, WorkerPool } from '../src/pipeline/parallel.js';

const file = (p: string, text = ''): SourceFile => ({ absPath: `/repo/${p}`, path: p, text });
const groupsOf = (files: SourceFile[]) => terraformComponents(files).map((g) => g.map((f) => f.path));

describe('terraformComponents', () => {
  const cases: Array<{ name: string; files: SourceFile[]; groups: string[][] }> = [
    {
      name: 'directories without local module calls stay apart, largest first',
      files: [file('a/main.tf', 'x'), file('b/main.tf', 'xxxx'), file('b/vars.tf', 'y')],
      groups: [['b/main.tf', 'b/vars.tf'], ['a/main.tf']],
    },
    {
      name: 'a local module call joins caller and callee, also through ../',
      files: [file('env/prod/main.tf', 'module "m" {\n  source = "../../modules/role"\n}\n'), file('modules/role/main.tf', 'r'), file('other/main.tf', 'o')],
      groups: [['env/prod/main.tf', 'modules/role/main.tf'], ['other/main.tf']],
    },
    {
      name: 'two roots calling one module are one group',
      files: [file('a/main.tf', 'module "x" { source = "../shared" }'), file('b/main.tf', 'module "x" { source = "../shared/" }'), file('shared/main.tf', '')],
      groups: [['a/main.tf', 'b/main.tf', 'shared/main.tf']],
    },
    {
      name: 'remote and registry sources join nothing',
      files: [file('a/main.tf', 'module "x" { source = "terraform-aws-modules/iam/aws" }'), file('iam/main.tf', 'module "y" { source = "git::https://x/y.git" }')],
      groups: [['a/main.tf'], ['iam/main.tf']],
    },
    {
      name: 'escaped characters in the source are decoded; .tf.json calls count too',
      files: [file('a/main.tf', 'module "x" { source = "./m\\u006fd" }'), file('a/mod/main.tf', ''), file('j/main.tf.json', '{"module": {"x": {"source": "./sub"}}}'), file('j/sub/x.tf', '')],
      groups: [['j/main.tf.json', 'j/sub/x.tf'], ['a/main.tf', 'a/mod/main.tf']],
    },
    {
      name: 'variable files stay with their directory; the repository root is a directory too',
      files: [file('main.tf', 'module "a" { source = "./a" }'), file('a/terraform.tfvars', 'x = 1'), file('b/terraform.tfvars', 'y = 2')],
      groups: [['main.tf', 'a/terraform.tfvars'], ['b/terraform.tfvars']],
    },
  ];
  for (const c of cases) it(c.name, () => expect(groupsOf(c.files)).toEqual(c.groups));
});

const options: ScanOptions = { root: '/repo', varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: false };

/** A front end that reports each file it reads as an error, so the test sees which jobs ran. */
const echo: FrontEnd = {
  format: 'terraform',
  claims: () => true,
  partition: (files) => files.map((f) => [f]),
  run: (files) => ({ grants: [], unresolved: [], files: files.map((f) => f.path), errors: files.map((f) => ({ file: f.path, line: 1, column: 1, message: 'read' })) }),
};

describe('jobs', () => {
  const files = ['a.tf', 'bb.tf', 'ccc.tf'].map((p) => file(p, p));
  const jobs = planJobs(new Map([[echo, files]]));

  it('plans one job per group, largest first', () => {
    expect(jobs.map((j) => j.files.map((f) => f.path))).toEqual([['ccc.tf'], ['bb.tf'], ['a.tf']]);
  });

  it('uses threads only when asked or when the input is large', () => {
    expect(threadCount(jobs, undefined)).toBe(1);
    expect(threadCount(jobs, 2)).toBe(2);
    expect(threadCount(jobs, 64)).toBe(3);
    expect(threadCount(jobs.slice(0, 1), 8)).toBe(1);
  });

  it('runs on this thread the jobs of a worker that failed', async () => {
    // The worker takes one job, then dies without a result. This thread's first job waits long enough for that.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-worker-'));
    const script = path.join(dir, 'failing-worker.mjs');
    fs.writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\nparentPort.once('message', (input) => {\n  Atomics.add(new Int32Array(input.counter), 0, 1);\n  throw new Error('worker failed');\n});\n",
    );
    const order: string[] = [];
    const slowFirst: FrontEnd = {
      ...echo,
      run: (files, all, opts) => {
        if (order.length === 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
        order.push(files[0]!.path);
        return echo.run(files, all, opts);
      },
    };
    const slowJobs = planJobs(new Map([[slowFirst, files]]));
    const all = new Map(files.map((f) => [f.path, f]));
    const outcomes = await runJobs(slowJobs, all, options, 2, new WorkerPool(1, pathToFileURL(script)));
    expect(outcomes.map((o) => o.result.files)).toEqual([['ccc.tf'], ['bb.tf'], ['a.tf']]);
    // bb.tf was the worker's: it ran here last, after the worker failed.
    expect(order).toEqual(['ccc.tf', 'a.tf', 'bb.tf']);
  });

  it('turns a front end that throws into internal errors of its files', async () => {
    const broken: FrontEnd = { ...echo, run: () => { throw new Error('boom'); } };
    const [outcome] = await runJobs(planJobs(new Map([[broken, [file('x.tf', 'x')]]])), new Map(), options, 1);
    expect(outcome!.result.errors).toEqual([{ file: 'x.tf', line: 1, column: 1, message: 'terraform front end failed: boom', code: 'internal' }]);
  });
});

describe('errors shared by the jobs of one front end', () => {
  it('reports a broken --param-file once, not once per template', async () => {
    const { scan } = await import('../src/pipeline/scan.js');
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-jobs-'));
    const dir = path.join(base, 'repo');
    fs.mkdirSync(dir);
    const template = '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": []\n}\n';
    fs.writeFileSync(path.join(dir, 'a.json'), template);
    fs.writeFileSync(path.join(dir, 'b.json'), template);
    fs.writeFileSync(path.join(base, 'params.json'), '{ "parameters": ');
    const result = await scan({ paths: [dir], parameterFiles: [path.join(base, 'params.json')], rules: [] });
    expect(result.stats.files).toBe(2);
    expect(result.errors.map((e) => [e.file, e.line, e.column])).toEqual([['../params.json', 1, 17]]);
  });
});

describe('Terraform modules parsed on demand', () => {
  const policy = 'resource "aws_iam_role_policy" "p" {\n  role   = "r"\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })\n}\n';
  const grantsOf = async (files: SourceFile[]) => {
    const { scan } = await import('../src/pipeline/scan.js');
    const result = await scan({ paths: [], sources: { root: '/repo', files }, rules: [] });
    return result.grants.map((g) => `${g.source.address} ${g.source.file}:${g.source.line}`);
  };

  it('evaluates a module through its caller, once', async () => {
    expect(await grantsOf([file('main.tf', 'module "m" {\n  source = "./m"\n}\n'), file('m/main.tf', policy)])).toEqual(['module.m.aws_iam_role_policy.p m/main.tf:3']);
  });

  it('evaluates again with the parsed calls when the text misled: a call inside a block comment', async () => {
    // The text shows a call of ./m, the parser none: m is a root of its own.
    const files = [file('main.tf', '/*\nmodule "m" {\n  source = "./m"\n}\n*/\n'), file('m/main.tf', policy)];
    expect(await grantsOf(files)).toEqual(['aws_iam_role_policy.p m/main.tf:3']);
  });
});
