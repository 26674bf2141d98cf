/**
 * The bundles in the tree (dist/, task/dist/) are exactly what the sources build to. Rebuilds once
 * into a temporary folder (the tree is not touched) and compares bytes; a difference means
 * `npm run build` was not run after a source change.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { build, compare } from '../../scripts/build.mjs';

describe('bundles', () => {
  it('rebuilding gives exactly the committed dist/ and task/dist/ bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'immutable-deploy-rebuild-'));
    try {
      const files = (await build(dir)) as string[];
      expect(files).toEqual(
        expect.arrayContaining([
          'dist/github/main.js',
          'dist/github-post/index.js',
          'task/dist/index.js',
          'task/dist/package.json',
          'dist/cli/index.js',
        ]),
      );
      // Each bundle ships the licence notices of what it bundles, and no helper it never runs.
      for (const dir of ['dist/github', 'dist/github-post', 'task/dist', 'dist/cli'])
        expect(files).toContain(`${dir}/licenses.txt`);
      expect(readFileSync(join(dir, 'dist/cli/licenses.txt'), 'utf8')).toMatch(/^@azure\/identity\nMIT\n/m);
      expect(files.filter((f) => f.endsWith('xdg-open'))).toEqual([]);
      expect(compare(dir), 'bundles are stale: run npm run build').toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000); // four ncc builds: ~40 s on two idle cores; the budget allows for a loaded machine
});
