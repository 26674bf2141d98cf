/**
 * `npm run demo`: the README's main command. Starts a sample web app on loopback and runs the CLI
 * bundle (exactly what users run) through two verify releases: one healthy, one whose health
 * endpoint serves the wrong version, which the gate catches. `--json` prints each run's result.
 *
 * The Azure stages join this demo as they land (they run against the local emulator).
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const json = process.argv.includes('--json');

/** A tiny app: /healthz answers 200 with the version it runs; /broken/healthz answers 503. */
function startSampleApp(): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/healthz') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy","version":"1.0.0"}');
    if (req.url === '/broken/healthz') return void res.writeHead(503).end('{"status":"starting"}');
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function runCli(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'run', ...args, ...(json ? ['--json'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (!json) process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

async function main(): Promise<void> {
  const app = await startSampleApp();
  const base = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  const common = ['--stages', 'verify', '--probe-successes', '3', '--probe-interval', '200ms', '--probe-timeout', '3s'];
  try {
    const releases = [
      { title: 'Release 1: a healthy app passes the verify gate', args: ['--probe-urls', `${base}/healthz`, '--probe-body-match', '/"status":"healthy"/'], expect: 0 },
      { title: 'Release 2: an unhealthy app fails the verify gate', args: ['--probe-urls', `${base}/broken/healthz`, '--probe-failure-limit', '3'], expect: 1 },
    ];
    const results: unknown[] = [];
    for (const release of releases) {
      if (!json) console.log(`\n=== ${release.title}\n`);
      const { code, stdout } = await runCli([...common, ...release.args]);
      if (json) results.push({ release: release.title, exitCode: code, result: JSON.parse(stdout) });
      if (code !== release.expect) throw new Error(`${release.title}: the CLI exited ${code}, expected ${release.expect}`);
    }
    if (json) console.log(JSON.stringify(results, null, 2));
    else console.log('\nDemo finished: the healthy release passed and the unhealthy one was stopped by the verify gate.');
  } finally {
    app.close();
  }
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
