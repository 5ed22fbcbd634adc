/**
 * The runner's protocols: workflow commands on standard output (`::error file=…::`), the GITHUB_OUTPUT file for
 * outputs and the GITHUB_STEP_SUMMARY file for the job summary. Text from scanned files passes through the escapes
 * here, so it can never start a command of its own.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

/** Escapes a command's message: the runner decodes %25, %0D and %0A. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: also `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function command(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

export function annotation(level: AnnotationLevel, message: string, properties: AnnotationProperties = {}): string {
  return command(level, { ...properties }, message);
}

/** Registers a secret with the runner so that it is replaced by *** wherever it would appear in the log. */
export function maskCommand(secret: string): string {
  return `::add-mask::${escapeData(secret)}\n`;
}

/** Appends outputs to the GITHUB_OUTPUT file with a random heredoc delimiter (values may hold newlines). */
export function writeOutputs(file: string, outputs: Record<string, string | number>): void {
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    text += `${name}<<${delimiter}\n${String(value)}\n${delimiter}\n`;
  }
  fs.appendFileSync(file, text);
}

/** GitHub rejects a step summary of 1 MiB or more; ours stays below with room for the truncation note. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024;

export function appendStepSummary(file: string, markdown: string): void {
  fs.appendFileSync(file, limitBytes(markdown, STEP_SUMMARY_LIMIT_BYTES, '\n\n_The report was cut here: the job summary is limited to 1 MiB. The SARIF file holds every finding._\n'));
}

/** Cuts text at a line boundary so that text + note fits in `limit` UTF-8 bytes. */
export function limitBytes(text: string, limit: number, note: string): string {
  if (Buffer.byteLength(text) <= limit) return text;
  const budget = limit - Buffer.byteLength(note);
  let cut = Buffer.from(text).subarray(0, Math.max(0, budget)).toString('utf8');
  // A partial multi-byte character decodes to U+FFFD: drop it along with the partial line.
  const lastNewline = cut.lastIndexOf('\n');
  cut = lastNewline > 0 ? cut.slice(0, lastNewline) : '';
  return cut + note;
}
