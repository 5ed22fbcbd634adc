/** CloudFormation's short-form YAML tags and the long-form keys they stand for. */

/** `!Ref` and `!Condition` keep their names; every other short form is `Fn::<Name>`. */
export const SHORT_FORM_TAGS: ReadonlyMap<string, string> = new Map(
  [
    'Ref',
    'Condition',
    'Sub',
    'GetAtt',
    'Join',
    'If',
    'Select',
    'Split',
    'FindInMap',
    'Base64',
    'GetAZs',
    'ImportValue',
    'Equals',
    'Not',
    'And',
    'Or',
    'Cidr',
    'Transform',
    'Length',
    'ToJsonString',
  ].map((name) => ['!' + name, name === 'Ref' || name === 'Condition' ? name : 'Fn::' + name]),
);

/** Whether a single-key object is an intrinsic function call in long form (`Ref`, `Condition`, `Fn::*`) or a kept unknown tag (`!Tag`). */
export function isIntrinsicKey(key: string): boolean {
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') || key.startsWith('!');
}
