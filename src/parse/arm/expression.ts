/**
 * The ARM template expression language: a string `[...]` holds one expression (a leading `[[` escapes a literal `[`).
 * Expressions are function calls, string literals with `''` escapes, numbers, and property (`.name`) and index
 * (`[expr]`) access: `[concat(parameters('a'), variables('b')[0].id)]`.
 */

export type ArmExpr =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'call'; name: string; args: ArmExpr[] }
  | { type: 'property'; object: ArmExpr; name: string; safe: boolean }
  | { type: 'index'; object: ArmExpr; index: ArmExpr; safe: boolean };

export class ArmExpressionError extends Error {
  constructor(
    message: string,
    /** Offset in the expression text (after the opening `[`). */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Whether a JSON string is an expression: `[...]` and not the `[[` escape. */
export function isExpressionString(s: string): boolean {
  return s.length >= 2 && s[0] === '[' && s[1] !== '[' && s[s.length - 1] === ']';
}

/** The literal a `[[...` string stands for. */
export function unescapeLiteral(s: string): string {
  return s.startsWith('[[') ? s.slice(1) : s;
}

const cache = new Map<string, ArmExpr>();

/** Parses the text inside the brackets of an expression string. Throws ArmExpressionError with the offset. */
export function parseArmExpression(source: string): ArmExpr {
  const hit = cache.get(source);
  if (hit) return hit;
  const p = new ExprParser(source);
  p.skip();
  const e = p.expr();
  p.skip();
  if (p.pos < source.length) throw new ArmExpressionError(`unexpected ${JSON.stringify(source[p.pos])} after the expression`, p.pos);
  if (cache.size > 20_000) cache.clear();
  cache.set(source, e);
  return e;
}

/** Deeper expressions are reported instead of exhausting the stack (real templates nest a dozen levels). */
const MAX_EXPRESSION_DEPTH = 200;

class ExprParser {
  pos = 0;
  private depth = 0;
  constructor(readonly s: string) {}

  skip(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos]!)) this.pos++;
  }

  expr(): ArmExpr {
    if (++this.depth > MAX_EXPRESSION_DEPTH) throw new ArmExpressionError(`expression nested deeper than ${MAX_EXPRESSION_DEPTH} levels`, this.pos);
    try {
      return this.postfix(this.primary());
    } finally {
      this.depth--;
    }
  }

  private postfix(start: ArmExpr): ArmExpr {
    let e = start;
    for (;;) {
      this.skip();
      const c = this.s[this.pos];
      const safe = c === '?' && (this.s[this.pos + 1] === '.' || this.s[this.pos + 1] === '[');
      const op = safe ? this.s[this.pos + 1] : c;
      if (op === '.') {
        this.pos += safe ? 2 : 1;
        this.skip();
        const m = /[A-Za-z_$][\w$-]*/y;
        m.lastIndex = this.pos;
        const name = m.exec(this.s);
        if (!name) throw new ArmExpressionError('expected a property name after "."', this.pos);
        this.pos += name[0].length;
        e = { type: 'property', object: e, name: name[0], safe };
      } else if (op === '[') {
        this.pos += safe ? 2 : 1;
        this.skip();
        const index = this.expr();
        this.skip();
        if (this.s[this.pos] !== ']') throw new ArmExpressionError('expected "]" after an index', this.pos);
        this.pos++;
        e = { type: 'index', object: e, index, safe };
      } else return e;
    }
  }

  private primary(): ArmExpr {
    const c = this.s[this.pos];
    if (c === "'") return this.string();
    if (c !== undefined && /[-\d]/.test(c)) {
      const m = /-?\d+(\.\d+)?/y;
      m.lastIndex = this.pos;
      const n = m.exec(this.s);
      if (!n) throw new ArmExpressionError('invalid number', this.pos);
      this.pos += n[0].length;
      return { type: 'number', value: Number(n[0]) };
    }
    const m = /[A-Za-z_][\w.]*/y;
    m.lastIndex = this.pos;
    const name = m.exec(this.s);
    if (!name) throw new ArmExpressionError(c === undefined ? 'unexpected end of expression: expected a function call or a literal' : `unexpected ${JSON.stringify(c)}: expected a function call or a literal`, this.pos);
    this.pos += name[0].length;
    this.skip();
    if (this.s[this.pos] !== '(') throw new ArmExpressionError(`expected "(" after function name ${name[0]}`, this.pos);
    this.pos++;
    const args: ArmExpr[] = [];
    this.skip();
    if (this.s[this.pos] === ')') {
      this.pos++;
      return { type: 'call', name: name[0], args };
    }
    for (;;) {
      this.skip();
      args.push(this.expr());
      this.skip();
      const d = this.s[this.pos];
      if (d === ',') {
        this.pos++;
        continue;
      }
      if (d === ')') {
        this.pos++;
        return { type: 'call', name: name[0], args };
      }
      throw new ArmExpressionError(d === undefined ? `unexpected end of expression: expected "," or ")" in ${name[0]}(...)` : `expected "," or ")" in ${name[0]}(...)`, this.pos);
    }
  }

  private string(): ArmExpr {
    let out = '';
    let p = this.pos + 1;
    for (;;) {
      const q = this.s.indexOf("'", p);
      if (q === -1) throw new ArmExpressionError("unterminated string literal: expected a closing '", this.pos);
      out += this.s.slice(p, q);
      if (this.s[q + 1] === "'") {
        out += "'";
        p = q + 2;
        continue;
      }
      this.pos = q + 1;
      return { type: 'string', value: out };
    }
  }
}

/** The expression as ARM would print it (for unknown values and messages). */
export function printArmExpr(e: ArmExpr): string {
  switch (e.type) {
    case 'string':
      return `'${e.value.replace(/'/g, "''")}'`;
    case 'number':
      return String(e.value);
    case 'call':
      return `${e.name}(${e.args.map(printArmExpr).join(', ')})`;
    case 'property':
      return `${printArmExpr(e.object)}${e.safe ? '?' : ''}.${e.name}`;
    case 'index':
      return `${printArmExpr(e.object)}${e.safe ? '?' : ''}[${printArmExpr(e.index)}]`;
  }
}
