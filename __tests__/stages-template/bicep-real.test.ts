/**
 * Rolling through a real Bicep file, compiled by the `bicep` CLI (or `az bicep`) on this machine:
 * runs only where one of them is on PATH (hosted GitHub runners and Azure Pipelines agents have
 * `az`); elsewhere it is skipped — install the Bicep CLI (https://aka.ms/bicep/install) to run it.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rollingInputs, run, templateOf, templateWorld, versions, type TemplateWorld } from './world.js';

const found = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const compiler = found('bicep', ['--version']) || found('az', ['bicep', 'version']);

/** A JSON value as a Bicep literal; the ARM expression "[parameters('imageId')]" becomes the parameter. */
function bicep(v: unknown, indent = ''): string {
  const next = `${indent}  `;
  if (v === "[parameters('imageId')]") return 'imageId';
  if (v === "[parameters('location')]") return 'location';
  if (Array.isArray(v)) return `[\n${v.map((x) => `${next}${bicep(x, next)}`).join('\n')}\n${indent}]`;
  if (v && typeof v === 'object') {
    const key = (k: string) => (/^[A-Za-z_]\w*$/.test(k) ? k : `'${k}'`);
    const lines = Object.entries(v).map(([k, x]) => `${next}${key(k)}: ${bicep(x, next)}`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\$\{/g, '\\${')}'`;
  return JSON.stringify(v);
}

let w: TemplateWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

describe.skipIf(!compiler)('rolling through a Bicep file (needs bicep or az on PATH)', () => {
  it('compiles it, deploys it with the new image, replaces the instances', async () => {
    w = await templateWorld();
    const r = (templateOf(w.h) as { resources: { sku: unknown; properties: unknown }[] }).resources[0]!;
    const path = join(w.dir, 'main.bicep');
    writeFileSync(
      path,
      [
        'param imageId string',
        'param location string = resourceGroup().location',
        "resource web 'Microsoft.Compute/virtualMachineScaleSets@2024-07-01' = {",
        "  name: 'web'",
        '  location: location',
        `  sku: ${bicep(r.sku, '  ')}`,
        `  properties: ${bicep(r.properties, '  ')}`,
        '}',
      ].join('\n'),
    );
    const { result, host } = await run(w, rollingInputs(w, { 'image-id': w.image['2.0.0']!, template: path }));
    expect(result.error?.message).toBeUndefined();
    expect(host.logs()).toContainEqual(expect.stringMatching(/^Compiled .*main\.bicep with (bicep|az bicep)\.$/));
    expect(versions(w)).toEqual(Array(4).fill('2.0.0'));
  }, 120_000);
});
