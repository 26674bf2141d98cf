/**
 * Literal expressions, read from their token text (the library's decoded values are wrong for some
 * forms, e.g. `time(1.02:03:04)` and `0x1F` decode to 0). Scalar literal forms:
 * https://learn.microsoft.com/kusto/query/scalar-data-types/ (one page per type).
 */
import type { Expr } from './ast.js';
import { unsupported, type QueryText } from './errors.js';
import type { KustoNode } from './kusto-parser.js';
import type { KqlType } from './types.js';
import { parseDatetimeLiteral, parseTimespanLiteral, type Json, type Value } from './values.js';

const LITERAL_TYPES: Readonly<Record<string, KqlType>> = {
  LongLiteralExpression: 'long',
  IntLiteralExpression: 'int',
  RealLiteralExpression: 'real',
  BooleanLiteralExpression: 'bool',
  StringLiteralExpression: 'string',
  CompoundStringLiteralExpression: 'string',
  TimespanLiteralExpression: 'timespan',
  DateTimeLiteralExpression: 'datetime',
  DynamicExpression: 'dynamic',
};

/** The literal `node` stands for, or undefined when `kind` is no literal this evaluator reads. */
export function literalOf(node: KustoNode, kind: string, q: QueryText): Expr | undefined {
  const type = LITERAL_TYPES[kind];
  if (!type) return undefined;
  const text = q.text.slice(node.TextStart, node.End);
  const value = valueOf(type, text, node);
  if (value === undefined) {
    throw unsupported(
      q,
      node.TextStart,
      `The ${type} literal '${text}'`,
      `${type} literals in their documented common forms`,
    );
  }
  return { kind: 'literal', type, value, at: node.TextStart };
}

function valueOf(type: KqlType, text: string, node: KustoNode): Value | undefined {
  switch (type) {
    case 'string':
      return typeof node.LiteralValue === 'string' ? node.LiteralValue : undefined;
    case 'timespan':
      return parseTimespanLiteral(text);
    case 'datetime':
      return parseDatetimeLiteral(text);
    case 'bool':
      return boolOf(unwrap(text, ['bool', 'boolean']));
    case 'dynamic':
      return dynamicOf(node.LiteralValue);
    default:
      return numberOf(type, unwrap(text, ['long', 'int', 'real', 'double']));
  }
}

/** `long(7)` -> `7`; `7` -> `7`. */
function unwrap(text: string, names: readonly string[]): string {
  const m = /^([a-z]+)\s*\(\s*(.*?)\s*\)$/i.exec(text.trim());
  return m && names.includes(m[1]!.toLowerCase()) ? m[2]! : text.trim();
}

function boolOf(text: string): Value | undefined {
  const t = text.toLowerCase();
  if (t === 'null') return null;
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

function numberOf(type: KqlType, text: string): Value | undefined {
  const t = text.toLowerCase();
  if (t === 'null') return null;
  if (type === 'real') {
    // real(nan), real(+inf), real(-inf) (https://learn.microsoft.com/kusto/query/scalar-data-types/real).
    const special: Record<string, number> = { nan: NaN, '+inf': Infinity, inf: Infinity, '-inf': -Infinity };
    if (t in special) return special[t]!;
  }
  const hex = /^([+-]?)0x([0-9a-f]+)$/.exec(t);
  if (hex) return (hex[1] === '-' ? -1 : 1) * parseInt(hex[2]!, 16);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  if (type !== 'real' && !Number.isSafeInteger(n)) return undefined;
  return n;
}

/** `dynamic({"a":1})`: the library hands over the JSON text between the parentheses. */
function dynamicOf(literal: unknown): Value | undefined {
  if (typeof literal !== 'string') return undefined;
  try {
    return JSON.parse(literal) as Json;
  } catch {
    return undefined;
  }
}
