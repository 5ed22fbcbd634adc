/**
 * The compact form in which grantlint stores SAM policy templates (facts: name, parameters, statements), and its
 * decoding back into policy statements with `Fn::Sub`/`Ref` intrinsics, as SAM writes them.
 *
 * A statement is `[effect, actions, resource, condition?]`: effect `A` (Allow) or `D` (Deny); actions a string or a
 * list; resource a string, a Sub (`['sub', text]`) or a list of those. In a Sub text, `${@Param}` is a template
 * parameter bound to a variable named like the parameter with a lower-case first letter, `${@var=Param}` one bound
 * to another variable name; other `${...}` are kept as written (pseudo parameters).
 */

export type CompactText = string | ['sub', string];
export type CompactResource = CompactText | CompactText[];
export type CompactStatement = [effect: 'A' | 'D', actions: string | string[], resource: CompactResource, condition?: CompactCondition];
export type CompactCondition = Record<string, Record<string, CompactText>>;
export interface CompactPolicyTemplate {
  /** Parameter names, in definition order. */
  p: string[];
  s: CompactStatement[];
}

/** JSON as SAM writes it (plain objects; intrinsics in long form). */
export type PlainJson = string | number | boolean | null | PlainJson[] | { [key: string]: PlainJson };

const PARAMETER = /\$\{@([A-Za-z0-9_]+)(?:=([A-Za-z0-9_]+))?\}/g;

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function decodeText(t: CompactText): PlainJson {
  if (typeof t === 'string') return t;
  const variables: Record<string, PlainJson> = {};
  const text = t[1].replace(PARAMETER, (_m, a: string, b: string | undefined) => {
    const [variable, parameter] = b === undefined ? [lowerFirst(a), a] : [a, b];
    variables[variable] = { Ref: parameter };
    return '${' + variable + '}';
  });
  return { 'Fn::Sub': Object.keys(variables).length > 0 ? [text, variables] : text };
}

export function decodeStatement([effect, actions, resource, condition]: CompactStatement): { [key: string]: PlainJson } {
  const statement: { [key: string]: PlainJson } = {
    Action: actions,
    Effect: effect === 'A' ? 'Allow' : 'Deny',
    Resource: Array.isArray(resource) && resource[0] !== 'sub' ? (resource as CompactText[]).map(decodeText) : decodeText(resource as CompactText),
  };
  if (condition) {
    const decoded: { [key: string]: PlainJson } = {};
    for (const [operator, keys] of Object.entries(condition)) {
      const byKey: { [key: string]: PlainJson } = {};
      for (const [key, value] of Object.entries(keys)) byKey[key] = decodeText(value);
      decoded[operator] = byKey;
    }
    statement.Condition = decoded;
  }
  return statement;
}

function encodeText(v: PlainJson): CompactText {
  if (typeof v === 'string') return v;
  const sub = v && typeof v === 'object' && !Array.isArray(v) ? v['Fn::Sub'] : undefined;
  if (typeof sub === 'string') return ['sub', sub];
  if (Array.isArray(sub) && typeof sub[0] === 'string' && sub[1] && typeof sub[1] === 'object' && !Array.isArray(sub[1])) {
    const variables = sub[1] as { [key: string]: PlainJson };
    const text = sub[0].replace(/\$\{([A-Za-z0-9_]+)\}/g, (m, name: string) => {
      const bound = variables[name];
      const parameter = bound && typeof bound === 'object' && !Array.isArray(bound) ? bound.Ref : undefined;
      if (typeof parameter !== 'string') return m;
      return lowerFirst(parameter) === name ? '${@' + parameter + '}' : '${@' + name + '=' + parameter + '}';
    });
    return ['sub', text];
  }
  throw new Error(`cannot encode ${JSON.stringify(v)}`);
}

/** Encodes one statement of SAM's definition file (used by scripts/sam-policy-templates.ts). */
export function encodeStatement(s: { [key: string]: PlainJson }): CompactStatement {
  const allowed = new Set(['Action', 'Effect', 'Resource', 'Condition']);
  for (const key of Object.keys(s)) if (!allowed.has(key)) throw new Error(`unexpected statement element ${key}`);
  const resource = s.Resource!;
  const encoded: CompactStatement = [
    s.Effect === 'Deny' ? 'D' : 'A',
    s.Action as string | string[],
    Array.isArray(resource) ? resource.map(encodeText) : encodeText(resource),
  ];
  if (s.Condition && typeof s.Condition === 'object' && !Array.isArray(s.Condition)) {
    const condition: CompactCondition = {};
    for (const [operator, keys] of Object.entries(s.Condition)) {
      const byKey: Record<string, CompactText> = {};
      for (const [key, value] of Object.entries(keys as { [key: string]: PlainJson })) byKey[key] = encodeText(value);
      condition[operator] = byKey;
    }
    encoded.push(condition);
  }
  return encoded;
}
