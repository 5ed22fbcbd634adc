/** Text helpers for rule messages, shared by every cloud's rules. */

/** `a`, `b`, `c` and 4 more: short lists in messages. */
export function listForMessage(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).map((i) => `\`${i}\``);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** An expression as written, on one line and cut to `max` characters, for messages. */
export function shortExpression(expr: string, max = 80): string {
  const oneLine = expr.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
