/**
 * Writes action.yml, task/task.json, vss-extension.json, schema/immutable-deploy.schema.json and
 * the README's input/output tables from the input table. Run after changing
 * src/core/settings/table.ts: `npm run generate`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  renderActionYml,
  renderConfigSchema,
  renderExtensionJson,
  renderTaskJson,
  spliceReadme,
  type PackageInfo,
} from './metadata/render.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageInfo;

export const GENERATED: Record<string, (pkg: PackageInfo, current: (path: string) => string) => string> = {
  'action.yml': renderActionYml,
  'task/task.json': renderTaskJson,
  'vss-extension.json': renderExtensionJson,
  'schema/immutable-deploy.schema.json': () => renderConfigSchema(),
  'README.md': (_pkg, current) => spliceReadme(current('README.md')),
};

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  for (const [path, render] of Object.entries(GENERATED)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      render(pkg, (p) => readFileSync(join(root, p), 'utf8')),
    );
    console.log(`wrote ${path}`);
  }
}
