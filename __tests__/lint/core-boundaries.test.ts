/** The lint rules that keep the core free of CI libraries, Azure SDKs, clocks, timers and randomness. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleHits(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('core boundaries', () => {
  const offences: [string, string][] = [
    [
      "import { DefaultAzureCredential } from '@azure/identity';\nexport const c = DefaultAzureCredential;",
      'no Azure SDK',
    ],
    ["import * as core from '@actions/core';\nexport const c = core;", 'no CI library'],
    ["import * as tl from 'azure-pipelines-task-lib/task';\nexport const t = tl;", 'no CI library'],
    [
      "import { startEmulator } from '../emulator/index.js';\nexport const s = startEmulator;",
      'depends on nothing outside src/core',
    ],
    ['export const t = Date.now();', 'Clock port'],
    ['export const t = new Date();', 'Clock port'],
    ['export const r = Math.random();', 'Randomness is injected'],
    ['setTimeout(() => undefined, 10);', 'Sleep port'],
    ["export const f = fetch('https://example.com');", 'HttpClient port'],
  ];

  it.each(offences)('refuses %s in src/core', async (code, expected) => {
    const hits = await ruleHits(code, 'src/core/example.ts');
    expect(hits.join('\n')).toContain(expected);
  });

  it('allows imports of src/core/azure (ports) but not of src/azure (SDK code)', async () => {
    expect(
      await ruleHits(
        "import type { AzurePorts } from '../azure/ports.js';\nexport type P = AzurePorts;",
        'src/core/stages/example.ts',
      ),
    ).toEqual([]);
    const hits = await ruleHits(
      "import { createAzurePorts } from '../azure/index.js';\nexport const c = createAzurePorts;",
      'src/core/example.ts',
    );
    expect(hits.join('\n')).toContain('resolves to src/azure/index.js');
  });

  it('allows the same code outside src/core', async () => {
    const hits = await ruleHits(
      'export const t = Date.now();\nsetTimeout(() => undefined, 10);',
      'src/runtime/example.ts',
    );
    expect(hits).toEqual([]);
  });

  it('passes on the real core', async () => {
    const results = await eslint.lintFiles(['src/core/**/*.ts']);
    const errors = results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
