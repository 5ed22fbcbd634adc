/** Minimal ANSI styling; a disabled palette returns text unchanged so reporters never branch on colour. */
import type { Severity } from '../model/severity.js';

export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
  underline(s: string): string;
  severity(severity: Severity, s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const identity = (s: string) => s;

export function palette(enabled: boolean): Palette {
  if (!enabled) {
    return {
      bold: identity,
      dim: identity,
      red: identity,
      yellow: identity,
      cyan: identity,
      magenta: identity,
      underline: identity,
      severity: (_severity, s) => s,
    };
  }
  const p = {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
    underline: wrap(4, 24),
  };
  const bySeverity: Record<Severity, (s: string) => string> = {
    critical: (s) => p.bold(p.magenta(s)),
    high: p.red,
    medium: p.yellow,
    low: p.cyan,
    info: p.dim,
  };
  return { ...p, severity: (severity, s) => bySeverity[severity](s) };
}
