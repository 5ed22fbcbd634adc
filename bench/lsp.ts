/**
 * Language server benchmark: `grantlint lsp` in a child process, driven over stdio like an editor.
 * - latency: didChange → publishDiagnostics for one file of a 50-file Terraform module (isolated edits, default
 *   150 ms debounce; target ≤ 150 ms);
 * - memory: server RSS after a warm-up and after 1,000 further edits, each analysed (debounce 0), should stay flat;
 *   and, since RSS also follows the allocator, the heap after a full GC of the same analyses run in this process.
 * Usage: npm run build && node dist/bench/lsp.js [--edits 1000] [--samples 40]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LspTestClient } from '../src/lsp/client.js';
import { Analyzer } from '../src/lsp/analyzer.js';
import { collectGarbage } from './gc.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(here, '..', 'src', 'cli', 'main.js');
const MODULE_FILES = 50;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** One file of the module: a role, its trust policy, a policy document with two statements and an attachment. */
function moduleFile(i: number, action: string): string {
  const n = String(i).padStart(2, '0');
  return `resource "aws_iam_role" "app_${n}" {
  name = "app-${n}-\${var.environment}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Condition = { StringEquals = { "aws:SourceAccount" = var.account_id } }
    }]
  })
  tags = local.common_tags
}

data "aws_iam_policy_document" "app_${n}" {
  statement {
    sid       = "ReadConfig"
    actions   = ["ssm:GetParameter", "ssm:GetParametersByPath"]
    resources = ["arn:aws:ssm:\${var.region}:\${var.account_id}:parameter/app-${n}/*"]
  }
  statement {
    sid       = "Data"
    actions   = ["${action}"]
    resources = ["arn:aws:s3:::\${local.bucket_prefix}-${n}/*"]
  }
}

resource "aws_iam_policy" "app_${n}" {
  name   = "app-${n}"
  policy = data.aws_iam_policy_document.app_${n}.json
}

resource "aws_iam_role_policy_attachment" "app_${n}" {
  role       = aws_iam_role.app_${n}.name
  policy_arn = aws_iam_policy.app_${n}.arn
}
`;
}

const SHARED = `variable "environment" {
  type    = string
  default = "prod"
}
variable "region" {
  type    = string
  default = "eu-west-1"
}
variable "account_id" {
  type    = string
  default = "123456789012"
}
locals {
  bucket_prefix = "acme-\${var.environment}"
  common_tags   = { team = "platform", env = var.environment }
}
`;

function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  } catch {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) / 1024;
  }
}

/** CPU time (user + system) the process has used, in ms: wall-clock latency depends on the machine's load, this does not. */
function cpuMs(pid: number): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks (100 per second).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const edits = option('--edits', 1000);
  const samples = option('--samples', 40);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-lsp-bench-'));
  fs.writeFileSync(path.join(dir, 'shared.tf'), SHARED);
  for (let i = 1; i < MODULE_FILES; i++) fs.writeFileSync(path.join(dir, `app_${String(i).padStart(2, '0')}.tf`), moduleFile(i, 's3:GetObject'));
  const edited = path.join(dir, 'app_01.tf');
  const uri = pathToFileURL(edited).href;
  const wide = moduleFile(1, 's3:*');
  const narrow = moduleFile(1, 's3:GetObject');

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  try {
    // Latency with the editor's default debounce: each edit arrives after a pause, as a single change does.
    const client = LspTestClient.start(cli, dir);
    await client.initialize(dir);
    const opened = performance.now();
    const first = client.nextDiagnostics(uri);
    await client.open(uri, 'terraform', narrow);
    await first;
    const openMs = performance.now() - opened;
    const latencies: number[] = [];
    const cpuBefore = cpuMs(client.child.pid!);
    for (let i = 0; i < samples; i++) {
      await sleep(200);
      const text = i % 2 === 0 ? wide : narrow;
      const start = performance.now();
      const published = client.nextDiagnostics(uri, (d) => (i % 2 === 0 ? d.length > 0 : d.length === 0));
      await client.change(uri, text);
      await published;
      latencies.push(performance.now() - start);
    }
    const cpuAfter = cpuMs(client.child.pid!);
    await client.shutdown();
    latencies.sort((a, b) => a - b);
    const cpuPerEdit = cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / samples : undefined;

    // Memory: every edit analysed (no debounce), the way a long editing session adds up.
    const busy = LspTestClient.start(cli, dir);
    await busy.initialize(dir, { debounceMs: 0 });
    const pid = busy.child.pid!;
    // Edits alternate between a finding and none, so every analysis publishes (unchanged diagnostics are not re-sent).
    let edit = 0;
    const run = async (count: number) => {
      for (let i = 0; i < count; i++, edit++) {
        const hasFinding = edit % 2 === 0;
        const published = busy.nextDiagnostics(uri, (d) => (hasFinding ? d.length > 0 : d.length === 0));
        await busy.change(uri, hasFinding ? wide : narrow.replace('app-01', `app-01-${edit}`));
        await published;
      }
    };
    const warm = busy.nextDiagnostics(uri);
    await busy.open(uri, 'terraform', narrow);
    await warm;
    await run(100);
    const before = rssMb(pid);
    const t0 = performance.now();
    const half = Math.floor(edits / 2);
    await run(half);
    const middle = rssMb(pid);
    await run(edits - half);
    const perEdit = (performance.now() - t0) / edits;
    const after = rssMb(pid);
    await busy.shutdown();

    // The same edits through the server's analyzer in this process: heap after full collections.
    const heapMb = () => (collectGarbage(), process.memoryUsage().heapUsed / 1048576);
    const analyzer = new Analyzer(dir, dir);
    let local = 0;
    const analyse = async (count: number) => {
      for (let i = 0; i < count; i++, local++) {
        analyzer.workspace.setBuffer(edited, local % 2 === 0 ? wide : narrow.replace('app-01', `app-01-${local}`));
        await analyzer.analyze(edited);
      }
    };
    await analyse(100);
    const heapBefore = heapMb();
    await analyse(half);
    const heapMiddle = heapMb();
    await analyse(edits - half);
    const heapAfter = heapMb();

    const f = (n: number) => n.toFixed(1);
    console.log(`  load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
    console.log(`grantlint lsp benchmark: ${MODULE_FILES}-file Terraform module (${dir})`);
    console.log(`  open → diagnostics: ${f(openMs)} ms (first analysis, cold)`);
    console.log(
      `  didChange → diagnostics (${samples} isolated edits, debounce 150 ms): median ${f(percentile(latencies, 50))} ms, p95 ${f(percentile(latencies, 95))} ms, max ${f(latencies[latencies.length - 1]!)} ms (target ≤ 150 ms)`,
    );
    if (cpuPerEdit !== undefined) console.log(`  server CPU time per edit (analysis + protocol): ${f(cpuPerEdit)} ms`);
    console.log(`  ${edits} edits, each analysed: ${f(perEdit)} ms per edit; server RSS ${f(before)} MB after 100 warm-up edits → ${f(middle)} MB after ${half} more → ${f(after)} MB after ${edits} (${after - before >= 0 ? '+' : ''}${f(after - before)} MB)`);
    console.log(`  heap after full GC, same analyses in-process: ${f(heapBefore)} MB → ${f(heapMiddle)} MB → ${f(heapAfter)} MB (${heapAfter - heapBefore >= 0 ? '+' : ''}${f(heapAfter - heapBefore)} MB)`);
  } finally {
    if (!process.argv.includes("--keep")) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
