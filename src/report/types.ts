/** The one reporter signature: every output format renders the same scan result. */
import type { ScanResult } from '../pipeline/scan.js';

export interface ReportContext {
  /** ANSI colours (text formats only): the CLI enables them for a TTY without NO_COLOR. */
  color: boolean;
  /** Absolute paths (compact format) are built from the scan root. */
  cwd: string;
}

export type Reporter = (result: ScanResult, context: ReportContext) => string;
