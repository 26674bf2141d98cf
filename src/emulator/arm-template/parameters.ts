import { isObject, TemplateError, typeName, type ObjectValue, type Value } from './errors.js';
import { deepEqual } from './functions.js';

/**
 * Template parameters (learn.microsoft.com/azure/azure-resource-manager/templates/parameters and
 * .../syntax#parameters): each declared parameter takes the deployment's `{ value }` or its
 * `defaultValue` (which may be an expression), is checked against its `type`, `allowedValues`,
 * `minValue` / `maxValue` and `minLength` / `maxLength`. A supplied parameter the template does not
 * declare is an error, as in Azure.
 */
export interface ResolvedParameter {
  /** Declared type as written, lower-cased: string, securestring, int, bool, object, secureobject, array. */
  type: string;
  value: Value;
}

const TYPES: Record<string, (v: Value) => boolean> = {
  string: (v) => typeof v === 'string',
  securestring: (v) => typeof v === 'string',
  int: (v) => typeof v === 'number' && Number.isInteger(v),
  bool: (v) => typeof v === 'boolean',
  object: isObject,
  secureobject: isObject,
  array: Array.isArray,
};

/** The wire name of a declared type in `properties.parameters` / `outputs` ("String", "SecureString"...). */
export function wireType(type: string): string {
  const names: Record<string, string> = {
    string: 'String',
    securestring: 'SecureString',
    int: 'Int',
    bool: 'Bool',
    object: 'Object',
    secureobject: 'SecureObject',
    array: 'Array',
  };
  return names[type] ?? type;
}

export const isSecure = (type: string): boolean => type === 'securestring' || type === 'secureobject';

export function declaredType(raw: unknown, what: string): string {
  const type = typeof raw === 'string' ? raw.toLowerCase() : '';
  if (!TYPES[type]) {
    throw new TemplateError(
      `The template ${what} has type '${String(raw)}'; expected one of string, securestring, int, bool, object, secureobject, array.`,
    );
  }
  return type;
}

export function checkType(type: string, value: Value, what: string): void {
  if (!TYPES[type]!(value)) {
    throw new TemplateError(
      `The provided value for the template ${what} is not valid: expected '${wireType(type)}', actual '${typeName(value)}'.`,
    );
  }
}

/** Values supplied with the deployment (`properties.parameters`), keyed by lower-cased name. */
export function suppliedValues(raw: unknown, declared: ObjectValue): Map<string, Value> {
  const out = new Map<string, Value>();
  if (raw === undefined || raw === null) return out;
  if (!isObject(raw))
    throw new TemplateError('The deployment parameters must be an object of { "name": { "value": ... } }.');
  const known = new Set(Object.keys(declared).map((k) => k.toLowerCase()));
  const unknown = Object.keys(raw).filter((k) => !known.has(k.toLowerCase()));
  if (unknown.length > 0) {
    throw new TemplateError(
      `The template parameters '${unknown.join(', ')}' in the parameters file are not valid; they are not present in the original template and can therefore not be provided at deployment time. The only supported parameters for this template are '${Object.keys(declared).join(', ')}'.`,
    );
  }
  for (const [name, entry] of Object.entries(raw)) {
    if (!isObject(entry) || !('value' in entry)) {
      const kind = isObject(entry) && 'reference' in entry ? 'a Key Vault reference' : 'no value';
      throw new TemplateError(
        `The template parameter '${name}' has ${kind}; the emulator accepts only { "value": ... }.`,
      );
    }
    out.set(name.toLowerCase(), entry['value']!);
  }
  return out;
}

/** Checks allowedValues and the bounds of one parameter's value. */
export function checkConstraints(name: string, spec: ObjectValue, value: Value): void {
  const allowed = spec['allowedValues'];
  if (Array.isArray(allowed)) {
    const items = Array.isArray(value) ? value : [value];
    const bad = items.find((v) => !allowed.some((a) => deepEqual(a, v)));
    if (bad !== undefined) {
      throw new TemplateError(
        `The provided value for the template parameter '${name}' is not valid. The value '${JSON.stringify(bad)}' is not part of the allowed value(s): '${allowed.map((a) => JSON.stringify(a)).join(',')}'.`,
      );
    }
  }
  const bound = (key: string, ok: (limit: number) => boolean, describe: string): void => {
    const limit = spec[key];
    if (typeof limit === 'number' && !ok(limit)) {
      throw new TemplateError(
        `The provided value for the template parameter '${name}' is not valid: ${describe} ${limit}.`,
      );
    }
  };
  if (typeof value === 'number') {
    bound('minValue', (l) => value >= l, 'it is less than the minimum value');
    bound('maxValue', (l) => value <= l, 'it is greater than the maximum value');
  }
  if (typeof value === 'string' || Array.isArray(value)) {
    bound('minLength', (l) => value.length >= l, 'its length is less than the minimum length');
    bound('maxLength', (l) => value.length <= l, 'its length is greater than the maximum length');
  }
}

/**
 * Resolves every declared parameter, lazily (a default value may read other parameters);
 * `evaluateDefault` evaluates default-value expressions.
 */
export function parameterResolver(
  declared: ObjectValue,
  supplied: Map<string, Value>,
  evaluateDefault: (name: string, raw: Value) => Value,
): (name: string) => ResolvedParameter {
  const specs = new Map(Object.entries(declared).map(([k, v]) => [k.toLowerCase(), { name: k, spec: v }]));
  const done = new Map<string, ResolvedParameter>();
  const busy = new Set<string>();
  return (name) => {
    const key = name.toLowerCase();
    const cached = done.get(key);
    if (cached) return cached;
    const entry = specs.get(key);
    if (!entry) throw new TemplateError(`The template parameter '${name}' is not found.`);
    if (!isObject(entry.spec)) throw new TemplateError(`The template parameter '${entry.name}' must be an object.`);
    if (busy.has(key)) throw new TemplateError(`The template parameter '${entry.name}' refers to itself.`);
    busy.add(key);
    const type = declaredType(entry.spec['type'], `parameter '${entry.name}'`);
    let value: Value;
    if (supplied.has(key)) value = supplied.get(key)!;
    else if ('defaultValue' in entry.spec) value = evaluateDefault(entry.name, entry.spec['defaultValue']!);
    else {
      throw new TemplateError(
        `The value for the template parameter '${entry.name}' is not provided. Please see https://aka.ms/arm-create-parameter-file for usage details.`,
      );
    }
    checkType(type, value, `parameter '${entry.name}'`);
    checkConstraints(entry.name, entry.spec, value);
    busy.delete(key);
    const resolved = { type, value };
    done.set(key, resolved);
    return resolved;
  };
}
