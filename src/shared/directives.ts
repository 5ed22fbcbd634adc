/** Whether a comment may hold an inline suppression (`grantlint-ignore ...`): the front ends hand on only these. */
export function mayHoldDirective(comment: { text: string }): boolean {
  return comment.text.includes('grantlint');
}
