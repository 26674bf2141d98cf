/**
 * A minimal expander for Azure Pipelines template expressions, enough to expand templates/*.yml for
 * a given parameter set in tests: `${{ parameters.x }}` and loop variables (`${{ w.name }}`, whole
 * values keep their type, inside text they are interpolated), `${{ each v in parameters.list }}`
 * and `${{ if <cond> }}` keys in mappings and sequences, with `eq`, `ne`, `not`, `and`, `or`,
 * `length` and `coalesce`. Runtime expressions (`$[ … ]`) and macros (`$(…)`) are left as they are, as Azure
 * Pipelines leaves them at compile time. Semantics per
 * https://learn.microsoft.com/azure/devops/pipelines/process/template-expressions
 * Anything else throws, so a template using more than this fails its test rather than passing untested.
 */
type Scope = Record<string, unknown>;

const WHOLE = /^\$\{\{\s*(.+?)\s*\}\}$/s;
const INNER = /\$\{\{\s*(.+?)\s*\}\}/g;

export function expandTemplate(
  doc: { parameters?: { name: string; default?: unknown }[] } & Record<string, unknown>,
  given: Scope,
): unknown {
  const parameters: Scope = {};
  for (const p of doc.parameters ?? []) {
    if (p.name in given) parameters[p.name] = given[p.name];
    else if ('default' in p) parameters[p.name] = p.default;
    else throw new Error(`parameter '${p.name}' is required`);
  }
  for (const name of Object.keys(given)) if (!(name in parameters)) throw new Error(`unexpected parameter '${name}'`);
  const { parameters: _, ...rest } = doc;
  return expand(rest, { parameters });
}

function expand(value: unknown, scope: Scope): unknown {
  if (typeof value === 'string') return expandText(value, scope);
  if (Array.isArray(value)) return value.flatMap((item) => expandItem(item, scope));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const directive = key.match(WHOLE)?.[1];
      if (directive?.startsWith('if ')) {
        if (truthy(evaluate(directive.slice(3), scope))) Object.assign(out, expand(v, scope));
      } else if (directive?.startsWith('each ')) {
        for (const s of eachScopes(directive, scope)) Object.assign(out, expand(v, s));
      } else out[String(expandText(key, scope))] = expand(v, scope);
    }
    return out;
  }
  return value;
}

/** A sequence item: a directive (`- ${{ if … }}:` / `- ${{ each … }}:`) splices its list in. */
function expandItem(item: unknown, scope: Scope): unknown[] {
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const keys = Object.keys(item);
    const directive = keys.length === 1 ? keys[0]!.match(WHOLE)?.[1] : undefined;
    const body = (item as Record<string, unknown>)[keys[0]!];
    const splice = (s: Scope) => {
      const v = expand(body, s);
      return Array.isArray(v) ? v : [v];
    };
    if (directive?.startsWith('if ')) return truthy(evaluate(directive.slice(3), scope)) ? splice(scope) : [];
    if (directive?.startsWith('each ')) return eachScopes(directive, scope).flatMap(splice);
  }
  return [expand(item, scope)];
}

function eachScopes(directive: string, scope: Scope): Scope[] {
  const m = directive.match(/^each\s+(\w+)\s+in\s+(.+)$/);
  if (!m) throw new Error(`cannot read '${directive}'`);
  const list = evaluate(m[2]!, scope);
  if (!Array.isArray(list)) throw new Error(`'${m[2]}' is not a list`);
  return list.map((v) => ({ ...scope, [m[1]!]: v }));
}

function expandText(text: string, scope: Scope): unknown {
  const whole = text.match(WHOLE);
  if (whole) return evaluate(whole[1]!, scope);
  return text.replace(INNER, (_, e: string) => String(evaluate(e, scope) ?? ''));
}

const truthy = (v: unknown) => v !== undefined && v !== null && v !== false && v !== '' && v !== 0;

/** Evaluates one expression: literals, dotted references, and the functions named above. */
export function evaluate(expression: string, scope: Scope): unknown {
  const e = expression.trim();
  const call = e.match(/^(\w+)\((.*)\)$/s);
  if (call) {
    const args = splitArgs(call[2]!).map((a) => evaluate(a, scope));
    switch (call[1]) {
      case 'eq':
        return String(args[0]).toLowerCase() === String(args[1]).toLowerCase();
      case 'ne':
        return String(args[0]).toLowerCase() !== String(args[1]).toLowerCase();
      case 'not':
        return !truthy(args[0]);
      case 'and':
        return args.every(truthy);
      case 'or':
        return args.some(truthy);
      case 'length':
        return Array.isArray(args[0]) || typeof args[0] === 'string'
          ? args[0].length
          : Object.keys(args[0] ?? {}).length;
      case 'coalesce':
        return args.find((a) => truthy(a));
      default:
        throw new Error(`unsupported function '${call[1]}'`);
    }
  }
  if (/^'.*'$/s.test(e)) return e.slice(1, -1).replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(e)) return Number(e);
  if (e === 'true' || e === 'false') return e === 'true';
  if (!/^[A-Za-z_][\w.-]*$/.test(e)) throw new Error(`cannot read '${e}'`);
  let v: unknown = scope;
  for (const part of e.split('.')) v = v && typeof v === 'object' ? (v as Scope)[part] : undefined;
  return v;
}

function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const c of text) {
    if (c === "'") quoted = !quoted;
    if (!quoted && c === '(') depth++;
    if (!quoted && c === ')') depth--;
    if (!quoted && depth === 0 && c === ',') {
      args.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim()) args.push(current);
  return args;
}
