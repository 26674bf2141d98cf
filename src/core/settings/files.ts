/**
 * Inputs that name files the run reads itself (`ca-file`). The adapter reads the file through
 * `ReadTextFile`; the core judges what it holds and never echoes it.
 */
import type { Problems } from './values.js';

/** Why a file could not be read, in words that fit "cannot read '<path>': <reason>". */
export type TextFile = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };
export type ReadTextFile = (path: string) => TextFile;

const CERTIFICATE = /-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----/;

/** A PEM file holding at least one certificate. Without a reader only the path is kept. */
export function parseCaFile(
  p: Problems,
  input: string,
  raw: string,
  read: ReadTextFile | undefined,
): string | undefined {
  const path = raw.trim();
  if (!read) return path;
  const file = read(path);
  if (!file.ok) {
    return p.bad(input, path, `cannot be read: ${file.reason}; expected a PEM file of the CA certificate to trust`);
  }
  if (!CERTIFICATE.test(file.text)) {
    return p.bad(
      input,
      path,
      "is not a PEM certificate file; expected one or more '-----BEGIN CERTIFICATE-----' blocks (the content is not shown)",
    );
  }
  return path;
}
