import { TemplateError } from './errors.js';

/**
 * The template expression language
 * (learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions): a JSON string
 * value that starts with `[` and ends with `]` is an expression — function calls with
 * `'single-quoted'` strings (`''` escapes a quote), integers, `.property` and `[index]` access.
 * A string starting with `[[` is a literal that starts with `[` (the first bracket is dropped).
 */
export type Expr =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'property'; target: Expr; name: string }
  | { kind: 'index'; target: Expr; index: Expr };

/** What a JSON string means: a literal (with `[[` unescaped) or a parsed expression. */
export function classify(text: string): { literal: string } | { expr: Expr; source: string } {
  if (!text.startsWith('[') || !text.endsWith(']') || text.length < 2) return { literal: text };
  if (text.startsWith('[[')) return { literal: text.slice(1) };
  return { expr: parseExpression(text.slice(1, -1), text), source: text };
}

export function parseExpression(body: string, source: string): Expr {
  const parser = new Parser(body, source);
  const expr = parser.expression();
  parser.end();
  return expr;
}

class Parser {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly source: string,
  ) {}

  expression(): Expr {
    this.skipSpace();
    let expr = this.primary();
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '.') {
        this.pos++;
        expr = { kind: 'property', target: expr, name: this.identifier() };
      } else if (c === '[') {
        this.pos++;
        const index = this.expression();
        this.expect(']');
        expr = { kind: 'index', target: expr, index };
      } else return expr;
    }
  }

  end(): void {
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected '${this.text[this.pos]}' at position ${this.pos + 1}`);
  }

  private primary(): Expr {
    const c = this.text[this.pos];
    if (c === "'") return this.string();
    if (c !== undefined && /[-0-9]/.test(c)) return this.number();
    const name = this.identifier();
    this.skipSpace();
    if (this.text[this.pos] === '.' && /^\.\w+\s*\(/.test(this.text.slice(this.pos))) {
      this.fail(`user-defined function '${name}.${/^\.(\w+)/.exec(this.text.slice(this.pos))![1]}' is not supported`);
    }
    if (this.text[this.pos] !== '(') this.fail(`'${name}' must be a function call`);
    this.pos++;
    const args: Expr[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return { kind: 'call', name, args };
    }
    for (;;) {
      args.push(this.expression());
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect(')');
      return { kind: 'call', name, args };
    }
  }

  private string(): Expr {
    let value = '';
    this.pos++;
    for (;;) {
      const end = this.text.indexOf("'", this.pos);
      if (end < 0) this.fail('unterminated string literal');
      value += this.text.slice(this.pos, end);
      this.pos = end + 1;
      if (this.text[this.pos] !== "'") return { kind: 'string', value };
      value += "'";
      this.pos++;
    }
  }

  private number(): Expr {
    const m = /^-?\d+(\.\d+)?/.exec(this.text.slice(this.pos));
    if (!m) this.fail(`unexpected '${this.text[this.pos]}' at position ${this.pos + 1}`);
    if (m[1]) this.fail(`'${m[0]}': only integer literals are supported`);
    this.pos += m[0].length;
    return { kind: 'number', value: Number(m[0]) };
  }

  private identifier(): string {
    this.skipSpace();
    const m = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos));
    if (!m) this.fail(`expected a name at position ${this.pos + 1}`);
    this.pos += m[0].length;
    return m[0];
  }

  private expect(c: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== c) this.fail(`expected '${c}' at position ${this.pos + 1}`);
    this.pos++;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private fail(detail: string): never {
    throw new TemplateError(`The language expression '${this.source}' is not valid: ${detail}.`);
  }
}
