/**
 * `image-builder-customizers`: a YAML list of Image Builder customizers, checked against the fields
 * the imageTemplates REST API documents for each type (Microsoft.VirtualMachineImages, as modelled
 * by @azure/arm-imagebuilder 5). Values are never echoed: inline commands may hold secrets.
 */
import { didYouMean, type Problems } from './values.js';
import type { ParseYaml } from './yaml.js';

type FieldKind = 'string' | 'strings' | 'boolean' | 'integer' | 'integers';

interface CustomizerShape {
  readonly fields: Readonly<Record<string, FieldKind>>;
  /** Exactly one of these fields must be given. */
  readonly oneOf?: readonly string[];
  readonly required?: readonly string[];
}

const script = { scriptUri: 'string', sha256Checksum: 'string', inline: 'strings' } as const;

const SHAPES: Readonly<Record<string, CustomizerShape>> = {
  Shell: { fields: script, oneOf: ['inline', 'scriptUri'] },
  PowerShell: {
    fields: { ...script, runElevated: 'boolean', runAsSystem: 'boolean', validExitCodes: 'integers' },
    oneOf: ['inline', 'scriptUri'],
  },
  File: {
    fields: { sourceUri: 'string', sha256Checksum: 'string', destination: 'string' },
    required: ['sourceUri', 'destination'],
  },
  WindowsRestart: { fields: { restartCommand: 'string', restartCheckCommand: 'string', restartTimeout: 'string' } },
  WindowsUpdate: { fields: { searchCriteria: 'string', filters: 'strings', updateLimit: 'integer' } },
};

export const CUSTOMIZER_TYPES = Object.keys(SHAPES);
const COMMON: Readonly<Record<string, FieldKind>> = { type: 'string', name: 'string' };
const EXAMPLE = '\'- type: Shell\\n  inline: ["apt-get update"]\'';

export function parseCustomizers(
  p: Problems,
  input: string,
  raw: string,
  parseYaml: ParseYaml,
): Record<string, unknown>[] | undefined {
  let value: unknown;
  try {
    value = parseYaml(raw);
  } catch (err) {
    const at = (err as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    p.add(input, `is not valid YAML${where}; expected a YAML list such as ${EXAMPLE} (the value is not shown)`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    p.add(input, `is a YAML ${kindOf(value)}, not a list; expected e.g. ${EXAMPLE}`);
    return undefined;
  }
  const before = p.items.length;
  value.forEach((item, i) => checkCustomizer(p, input, `item ${i + 1}`, item));
  return p.items.length === before ? (value as Record<string, unknown>[]) : undefined;
}

function checkCustomizer(p: Problems, input: string, at: string, item: unknown): void {
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    p.add(input, `${at} is a ${kindOf(item)}, not a map; expected a customizer such as {type: Shell, inline: [...]}`);
    return;
  }
  const fields = item as Record<string, unknown>;
  const type = fields.type;
  const canonical =
    typeof type === 'string' ? CUSTOMIZER_TYPES.find((t) => t.toLowerCase() === type.toLowerCase()) : undefined;
  if (!canonical) {
    const what =
      type === undefined
        ? 'has no type'
        : typeof type === 'string'
          ? `has type '${type}'`
          : `has a type that is a ${kindOf(type)}`;
    const hint = typeof type === 'string' ? didYouMean(type, CUSTOMIZER_TYPES) : '';
    p.add(input, `${at} ${what}; expected one of ${CUSTOMIZER_TYPES.join(', ')}${hint}`);
    return;
  }
  const shape = SHAPES[canonical]!;
  const known = { ...COMMON, ...shape.fields };
  const label = `${at} (${canonical})`;
  for (const [key, v] of Object.entries(fields)) {
    const kind = known[key];
    const names = Object.keys(known);
    if (!kind)
      p.add(input, `${label} has unknown field '${key}'; expected ${names.join(', ')}${didYouMean(key, names)}`);
    else if (!hasKind(v, kind)) p.add(input, `${label} field '${key}' is a ${kindOf(v)}; expected ${KIND_TEXT[kind]}`);
  }
  checkPresence(p, input, label, fields, shape);
}

function checkPresence(
  p: Problems,
  input: string,
  label: string,
  fields: Record<string, unknown>,
  shape: CustomizerShape,
): void {
  const given = (k: string) => fields[k] !== undefined && fields[k] !== null && fields[k] !== '';
  const all = (shape.required ?? []).map((r) => `'${r}'`).join(' and ');
  for (const k of shape.required ?? []) if (!given(k)) p.add(input, `${label} needs '${k}'; expected ${all}`);
  if (shape.oneOf) {
    const count = shape.oneOf.filter(given).length;
    const pair = shape.oneOf.map((k) => `'${k}'`).join(' or ');
    if (count === 0) p.add(input, `${label} needs ${pair}; expected exactly one of them`);
    if (count > 1)
      p.add(input, `${label} has both ${shape.oneOf.map((k) => `'${k}'`).join(' and ')}; expected exactly one of them`);
  }
  if (fields.runAsSystem === true && fields.runElevated !== true) {
    p.add(input, `${label} has 'runAsSystem' without 'runElevated: true'; expected runElevated true as well`);
  }
}

const KIND_TEXT: Record<FieldKind, string> = {
  string: 'a string',
  strings: 'a list of strings',
  boolean: 'true or false',
  integer: 'a whole number',
  integers: 'a list of whole numbers',
};

function hasKind(v: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'string':
      return typeof v === 'string';
    case 'strings':
      return Array.isArray(v) && v.every((s) => typeof s === 'string');
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return Number.isInteger(v);
    case 'integers':
      return Array.isArray(v) && v.every((n) => Number.isInteger(n));
  }
}

/** 'map', 'list of numbers', 'string'…: describes a value without showing it. */
function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) {
    const kinds = new Set(v.map(kindOf));
    return kinds.size === 0 ? 'empty list' : kinds.size === 1 ? `list of ${[...kinds][0]}s` : 'list of mixed items';
  }
  return typeof v === 'object' ? 'map' : typeof v;
}
