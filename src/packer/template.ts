import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** `hcl2`: a `.pkr.hcl`/`.pkr.json` file or a folder of them; `json`: a legacy JSON template. */
export type TemplateKind = 'hcl2' | 'json';

export interface TemplateInfo {
  /** Absolute path of the file or folder handed to Packer. */
  path: string;
  kind: TemplateKind;
  isDirectory: boolean;
  /** Absolute paths of the files Packer itself loads as the template. */
  configFiles: string[];
  /** The HCL2 template declares `packer { required_plugins { ... } }`, so `packer init` must run. */
  declaresRequiredPlugins: boolean;
}

const HCL2_FILE = /\.pkr\.(hcl|json)$/;

/** Mirrors Packer's own choice: folders and `.pkr.hcl`/`.pkr.json` (and `.hcl`) files are HCL2. */
export function templateKindOf(path: string, isDirectory: boolean): TemplateKind {
  if (isDirectory || HCL2_FILE.test(path) || path.endsWith('.hcl')) return 'hcl2';
  return 'json';
}

/** Reads the template from disk: kind, files, and whether it needs `packer init`. */
export async function detectTemplate(templatePath: string, cwd: string): Promise<TemplateInfo> {
  const path = resolve(cwd, templatePath);
  const info = await stat(path); // ENOENT propagates; the runner turns it into a clear error
  const isDirectory = info.isDirectory();
  const kind = templateKindOf(path, isDirectory);
  const configFiles = isDirectory ? await hclFilesIn(path) : [path];
  let declaresRequiredPlugins = false;
  if (kind === 'hcl2') {
    for (const file of configFiles) {
      if (declaresRequiredPluginsIn(await readFile(file, 'utf8'), file.endsWith('.json')))
        declaresRequiredPlugins = true;
    }
  }
  return { path, kind, isDirectory, configFiles, declaresRequiredPlugins };
}

/** Packer loads only the top level of a template folder (no recursion). */
async function hclFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && HCL2_FILE.test(entry.name))
    .map((entry) => join(folder, entry.name))
    .sort();
}

/** True when the HCL (or HCL-JSON) text has a `required_plugins` block outside comments. */
export function declaresRequiredPluginsIn(text: string, isJson: boolean): boolean {
  if (isJson) return /"required_plugins"\s*:/.test(text);
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:"])(#|\/\/).*$/gm, '$1');
  return /\brequired_plugins\s*\{/.test(withoutComments);
}

export interface TemplateFile {
  /** Path relative to the template folder, with `/` separators (the file name for a single file). */
  relativePath: string;
  content: Buffer;
}

/** Folders never part of a template's identity: VCS data and Packer's download cache. */
const SKIPPED_FOLDERS = new Set(['.git', 'packer_cache']);

/**
 * All files that make up a template, for the bake key. A folder template contributes every
 * file below it (scripts and files its provisioners upload live there too), sorted by path;
 * a single-file template contributes just that file.
 */
export async function collectTemplateFiles(templatePath: string, cwd = process.cwd()): Promise<TemplateFile[]> {
  const path = resolve(cwd, templatePath);
  if (!(await stat(path)).isDirectory()) {
    return [{ relativePath: path.split(sep).pop() ?? path, content: await readFile(path) }];
  }
  const files: TemplateFile[] = [];
  for (const file of await walk(path)) {
    files.push({ relativePath: relative(path, file).split(sep).join('/'), content: await readFile(file) });
  }
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

async function walk(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) found.push(...(await walk(full)));
    } else if (entry.isFile()) {
      found.push(full);
    }
  }
  return found;
}

/** Reads extra var files (`-var-file`s) in the order given; their order matters to Packer. */
export async function readVarFiles(
  paths: readonly string[],
  cwd = process.cwd(),
): Promise<{ path: string; content: Buffer }[]> {
  return Promise.all(paths.map(async (path) => ({ path, content: await readFile(resolve(cwd, path)) })));
}
