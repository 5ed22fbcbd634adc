/**
 * Text from scanned files reaches terminals and editors: control characters in it must not act on them
 * (cursor moves, colour changes, bidirectional overrides that make code read differently from what it is).
 */

// C0 controls except tab and newline, DEL, C1 controls, and Unicode bidirectional controls.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Replaces control characters by their visible escapes (`\x1b`); keeps tabs and newlines. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** One line for line-oriented formats: control characters escaped, line breaks become spaces. */
export function oneLine(text: string): string {
  return escapeControl(text.replace(/\r?\n|\r/g, ' '));
}
