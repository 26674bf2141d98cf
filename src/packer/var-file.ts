import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TemplateKind } from './template.js';

/** A variable value as a template can receive it. JSON (legacy) templates only take strings. */
export type PackerVariableValue =
  string | number | boolean | null | readonly PackerVariableValue[] | { readonly [key: string]: PackerVariableValue };

export type PackerVariables = Readonly<Record<string, PackerVariableValue>>;

/** HCL identifiers; Packer rejects other variable names anyway, and we never want to quote keys. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function assertVariableNames(variables: PackerVariables): void {
  for (const name of Object.keys(variables)) {
    if (!VARIABLE_NAME.test(name)) throw new Error(`invalid Packer variable name ${JSON.stringify(name)}`);
  }
}

/**
 * An HCL string literal. Besides the usual escapes, `${` and `%{` start template
 * interpolation in HCL strings, so they are doubled to stay literal.
 */
export function hclString(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  // Function replacers: in a replacement string `$$` would itself mean a single `$`.
  return `"${out.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{')}"`;
}

export function hclValue(value: PackerVariableValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot pass non-finite number ${value} to Packer`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(hclValue).join(', ')}]`;
  const entries = Object.entries(value as Record<string, PackerVariableValue>);
  return `{ ${entries.map(([key, item]) => `${hclString(key)} = ${hclValue(item)}`).join(', ')} }`;
}

/** `name = value` lines of a `.pkrvars.hcl` file. */
export function renderHclVarFile(variables: PackerVariables): string {
  assertVariableNames(variables);
  return Object.entries(variables)
    .map(([name, value]) => `${name} = ${hclValue(value)}\n`)
    .join('');
}

/**
 * A JSON var file for legacy JSON templates, whose user variables are strings:
 * scalars are stringified, lists and objects passed as their JSON text.
 */
export function renderJsonVarFile(variables: PackerVariables): string {
  assertVariableNames(variables);
  const asStrings: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) {
    asStrings[name] =
      typeof value === 'string'
        ? value
        : value !== null && typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  }
  return `${JSON.stringify(asStrings, null, 2)}\n`;
}

export interface TempVarFile {
  path: string;
  /** Removes the file and its private folder; safe to call more than once. */
  dispose(): Promise<void>;
}

/**
 * Writes the variables to a var file only this user can read (file 0600 in a 0700 folder).
 * HCL2 templates get `.pkrvars.hcl`; JSON templates need JSON (Packer 1.6.6 and current
 * Packer both reject HCL var files for JSON templates).
 */
export async function writeTempVarFile(kind: TemplateKind, variables: PackerVariables): Promise<TempVarFile> {
  const content = kind === 'hcl2' ? renderHclVarFile(variables) : renderJsonVarFile(variables);
  const folder = await mkdtemp(join(tmpdir(), 'immutable-deploy-packer-'));
  const path = join(folder, kind === 'hcl2' ? 'immutable-deploy.pkrvars.hcl' : 'immutable-deploy.vars.json');
  try {
    await writeFile(path, content, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return { path, dispose: () => rm(folder, { recursive: true, force: true }) };
}
