import { createHash, scryptSync } from 'node:crypto';

/**
 * The bake-cache key: a sha256 over everything that decides what image a bake produces.
 * Two bakes with the same key would build the same image, so a cached image can be reused.
 * Pure: callers read the files (src/packer/bake-key-input.ts does it for Packer templates).
 */

export type BakeBuilderKind = 'packer' | 'image-builder';

export interface BakeKeyFile {
  /** Path relative to the template root, `/`-separated. */
  path: string;
  content: string | Uint8Array;
}

/** JSON-like variable values. */
export type BakeVariableValue =
  string | number | boolean | null | readonly BakeVariableValue[] | { readonly [key: string]: BakeVariableValue };

export interface BakeKeyInput {
  builder: BakeBuilderKind;
  /** Every file of the template; order does not matter (they are sorted by path). */
  templateFiles: readonly BakeKeyFile[];
  /** The user's var files in the order they are applied (later ones win, so order matters). */
  varFiles?: readonly BakeKeyFile[];
  variables?: Readonly<Record<string, BakeVariableValue>>;
  /** Names of secret variables: their values go through a slow hash (see `secretDigest`). */
  secretVariables?: readonly string[];
  /**
   * The base image as actually resolved, never `latest`: a marketplace URN with its concrete
   * version (`Canonical:ubuntu-24_04-lts:server:24.04.202501010`) or a gallery image version id.
   */
  resolvedBaseImage: string;
}

export interface BakeKey {
  /** sha256 hex of the canonical key material. */
  key: string;
  /** Per-part digests, to say which part changed; none of them carries a variable's value. */
  parts: { template: string; varFiles: string; variables: string; baseImage: string; builder: BakeBuilderKind };
}

/** Bumped when the key material's layout changes, so old cache entries stop matching. */
export const BAKE_KEY_VERSION = 1;

export function computeBakeKey(input: BakeKeyInput): BakeKey {
  assertResolved(input.resolvedBaseImage);
  const parts = {
    template: sha256(canonicalJson(templateEntries(input.templateFiles))),
    varFiles: sha256(canonicalJson((input.varFiles ?? []).map((file) => sha256(file.content)))),
    variables: sha256(canonicalJson(variableEntries(input.variables ?? {}, new Set(input.secretVariables ?? [])))),
    baseImage: sha256(input.resolvedBaseImage),
    builder: input.builder,
  };
  return { key: sha256(canonicalJson({ v: BAKE_KEY_VERSION, ...parts })), parts };
}

function templateEntries(files: readonly BakeKeyFile[]): [string, string][] {
  const entries = files.map((file): [string, string] => [file.path.replace(/\\/g, '/'), sha256(file.content)]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 1; i < entries.length; i++) {
    if (entries[i]?.[0] === entries[i - 1]?.[0]) throw new Error(`template file listed twice: ${entries[i]?.[0]}`);
  }
  if (entries.length === 0) throw new Error('a bake key needs at least one template file');
  return entries;
}

/** Each value is hashed on its own, so no value (secret or not) reaches the key material. */
function variableEntries(
  variables: Readonly<Record<string, BakeVariableValue>>,
  secrets: ReadonlySet<string>,
): [string, string][] {
  return Object.keys(variables)
    .sort()
    .map((name) => {
      const value = canonicalJson(variables[name] ?? null);
      return [name, secrets.has(name) ? secretDigest(value) : sha256(value)];
    });
}

/**
 * A key derived from a secret is a guessing oracle for it (the rest of the inputs sit in the
 * repository); scrypt makes each guess expensive. The salt is fixed so the key stays stable.
 */
function secretDigest(value: string): string {
  return scryptSync(value, 'immutable-deploy/bake-key/v1', 32).toString('hex');
}

function assertResolved(baseImage: string): void {
  const trimmed = baseImage.trim();
  const lastSegment = trimmed.split(/[:/]/).pop() ?? '';
  if (trimmed === '' || lastSegment.toLowerCase() === 'latest') {
    throw new Error(`the bake key needs the resolved base image version, not "${baseImage}"`);
  }
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** JSON with object keys sorted at every level, so equal values always serialise the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot hash non-finite number ${value}`);
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
