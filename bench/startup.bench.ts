/**
 * How fast and how lean the GitHub Action bundle fails bad input (target: about 1.3× a bare
 * `node -e 0`, under 50 MiB on Node 24; docs/decisions/0003-github-bundle-startup.md). Runs `dist/github/main.js` as the runner does, with a bad input, N times per Node
 * runtime, and reports the median wall time and peak RSS (from /usr/bin/time when present, else
 * from the child's resource usage).
 *
 *   npx tsx bench/startup.bench.ts [runs] [bundle]
 *
 * `bundle` (default dist/github/main.js) lets a before/after comparison run another build, e.g.
 * the committed one extracted with `git show HEAD:dist/github/…` into a folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 15);
const bundle = process.argv[3] ?? join(import.meta.dirname, '..', 'dist', 'github', 'main.js');
const node24 = join(import.meta.dirname, '..', '.cache', 'node24', 'bin', 'node');
const runtimes: [string, string][] = [
  [`node ${process.versions.node}`, process.execPath],
  ...(existsSync(node24) ? ([['node 24', node24]] as [string, string][]) : []),
];

const dir = mkdtempSync(join(tmpdir(), 'startup-bench-'));
for (const f of ['output', 'summary', 'state']) writeFileSync(join(dir, f), '');
const env = {
  PATH: process.env.PATH ?? '',
  GITHUB_OUTPUT: join(dir, 'output'),
  GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  GITHUB_STATE: join(dir, 'state'),
  INPUT_STAGES: 'verify',
  'INPUT_PROBE-URLS': 'ftp://not-http',
  'INPUT_TARGET-REGIONS': 'westeurop',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const hasTime = existsSync('/usr/bin/time');

for (const [label, bin] of runtimes) {
  const ms: number[] = [];
  const kb: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', bin, bundle], { env, encoding: 'utf8' })
      : spawnSync(bin, [bundle], { env, encoding: 'utf8' });
    ms.push(performance.now() - started);
    if (r.status !== 1)
      throw new Error(`${label}: expected exit 1 for bad input, got ${r.status}: ${r.stdout}${r.stderr}`);
    if (hasTime) kb.push(Number(r.stderr.trim().split('\n').at(-1)));
  }
  const rss = hasTime ? `${(median(kb) / 1024).toFixed(1)} MiB peak RSS` : 'RSS n/a (install GNU time)';
  console.log(
    `${label.padEnd(12)} bad input → exit 1: median ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}), ${rss}, ${runs} runs`,
  );
}
