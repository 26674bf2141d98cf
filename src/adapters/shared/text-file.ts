/**
 * Reading the small text files inputs name (config file, CA bundle, template, fleet file), without
 * the YAML parser, so the GitHub entry can read them before it loads anything heavy.
 */
import type { TextFile } from '../../core/settings/files.js';

/**
 * node:fs, fetched when a file is read rather than imported: a bundle reaches an imported built-in
 * through `createRequire(import.meta.url)`, whose path handling alone can get one of Node's
 * functions optimised on a background thread, ~2 MiB more for the GitHub entry failing bad input
 * (docs/decisions/0003-github-bundle-startup.md).
 */
const fs = () => process.getBuiltinModule('node:fs');

/** Input files (config, CA bundles) are small; anything larger is not what was meant. */
export const MAX_INPUT_FILE_BYTES = 1024 * 1024;

/**
 * Reads a small text file: a regular file of at most MAX_INPUT_FILE_BYTES without NUL bytes.
 * Reasons fit "cannot read '<path>': <reason>".
 */
export function readTextFile(path: string, maxBytes = MAX_INPUT_FILE_BYTES): TextFile {
  let size: number;
  try {
    // Checked before opening: opening a FIFO would wait for a writer.
    const stat = fs().statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: 'it is a directory' };
    if (!stat.isFile()) return { ok: false, reason: 'it is not a regular file' };
    if (stat.size > maxBytes) return { ok: false, reason: `it is larger than ${maxBytes / 1024 / 1024} MiB` };
    size = stat.size;
  } catch (err) {
    return { ok: false, reason: failure(err) };
  }
  let fd: number | undefined;
  try {
    fd = fs().openSync(path, 'r');
    const buffer = Buffer.alloc(size);
    const read = fs().readSync(fd, buffer, 0, size, 0);
    if (buffer.subarray(0, read).includes(0)) return { ok: false, reason: 'it is not a text file' };
    return { ok: true, text: buffer.toString('utf8', 0, read) };
  } catch (err) {
    return { ok: false, reason: failure(err) };
  } finally {
    if (fd !== undefined) fs().closeSync(fd);
  }
}

function failure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return code ? `error ${code}` : 'unknown error';
}
