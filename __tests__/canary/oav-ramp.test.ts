/**
 * The canary's App Service traffic, validated with `oav validate-traffic` against the vendored
 * Microsoft.Web spec (2025-05-01, WebApps.json): a canary deploy recorded through the engine and
 * the real SDK — the config/web PATCHes with `experiments.rampUpRules`, the GETs that read them
 * back — conforms to `SiteConfigResource` / `Experiments` / `RampUpRule`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { startHarness } from '../emulator-deploy/helpers.js';
import { SPEC_FILES, coveredOperations, validateTraffic, writeTraffic } from '../emulator/oav.js';
import { runStages } from '../stages-slotswap/context.js';
import { createSite, image, inputs } from '../stages-slotswap/world.js';

it(
  'a canary deploy sends and reads ramp-up rules as the Microsoft.Web spec defines them',
  { timeout: 120_000 },
  async () => {
    const recorded: RecordedExchange[] = [];
    const h = await startHarness({ timeScale: 600, record: (x) => recorded.push(x) });
    try {
      await createSite(h);
      const extra = { stages: 'deploy', 'container-image': image('2.0.0'), 'canary-steps': '10%, pause 1m, 50%, 100%' };
      const { result } = await runStages(h.emu, inputs(h, extra));
      expect(result.error).toBeUndefined();
    } finally {
      await h.emu.close();
    }
    const web = recorded.filter((x) => SPEC_FILES.web.operations.test(x.operation ?? ''));
    const patches = web.filter((x) => x.operation === 'WebApps_UpdateConfiguration');
    expect(patches).toHaveLength(3);
    const dir = mkdtempSync(join(tmpdir(), 'oav-canary-'));
    try {
      writeTraffic(dir, web);
      const { validator, problems } = await validateTraffic(SPEC_FILES.web.file, dir);
      expect(problems).toEqual([]);
      expect(coveredOperations(validator)).toContain('WebApps_UpdateConfiguration');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
