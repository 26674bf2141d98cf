import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPackerError, MASK, runPackerBake, type PackerError } from '../../src/packer/index.js';
import { describeWithPacker, FIXTURES, RecordingLogger } from './helpers.js';

/** Tests run the real Packer (Debian's 1.6.6) against null-builder templates; the last block needs none. */

const SECRET = 's3cr3t,with,commas';
const GREETING = 'hello, world ${not_interpolated} "quoted" it\'s';

function varFileFromLog(logger: RecordingLogger): string {
  const match = /-var-file=(\S*immutable-deploy-packer-\S+)/.exec(logger.text);
  if (!match?.[1]) throw new Error(`no temp var file in:\n${logger.text}`);
  return match[1];
}

async function failure(promise: Promise<unknown>): Promise<PackerError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isPackerError(error)) throw new Error(`expected a PackerError, got ${String(error)}`);
  return error;
}

describeWithPacker('runPackerBake with the real Packer', () => {
  describe.each([
    ['HCL2 folder', join(FIXTURES, 'hcl2-basic'), 'hcl2', ['null.first', 'null.second']],
    ['HCL2 file', join(FIXTURES, 'hcl2-basic/build.pkr.hcl'), 'hcl2', ['null.first', 'null.second']],
    ['JSON', join(FIXTURES, 'json-basic/template.json'), 'json', ['first', 'second']],
  ] as const)('runPackerBake with a %s template', (_label, template, kind, builds) => {
    it('passes variables through a private var file, masks the secret and removes the file', async () => {
      const logger = new RecordingLogger();
      const result = await runPackerBake({
        template,
        variables: { greeting: GREETING, secret_token: SECRET },
        secretVariables: ['secret_token'],
        logger,
        requireAzureArtifact: false,
      });

      expect(result.templateKind).toBe(kind);
      expect(result.packerVersion).toMatch(/^\d+\.\d+\.\d+/);
      expect(result.artifacts.map((a) => a.target).sort()).toEqual([...builds]);
      expect(result.artifacts.every((a) => a.builderId === 'fnoeding.null')).toBe(true);
      expect(result.images).toEqual([]);
      expect(logger.text).toContain(`greeting=${GREETING}`);
      expect(logger.text).toContain(`token=${MASK}`);
      for (const part of [SECRET, 's3cr3t', 's3cr3t%!(PACKER_COMMA)with']) expect(logger.text).not.toContain(part);
      expect(existsSync(varFileFromLog(logger))).toBe(false);
    });

    it('builds only the -only selection', async () => {
      const logger = new RecordingLogger();
      const result = await runPackerBake({ template, only: [builds[1]], logger, requireAzureArtifact: false });
      expect(result.artifacts.map((a) => a.target)).toEqual([builds[1]]);
      expect(logger.text).toContain('build=second'); // PACKER_BUILD_NAME
      expect(logger.text).not.toContain('build=first');
    });

    it('fails with a clear error when the build produced no Azure image', async () => {
      const error = await failure(runPackerBake({ template, only: [builds[0]], logger: new RecordingLogger() }));
      expect(error.code).toBe('no-azure-artifact');
      expect(error.message).toContain(template);
      expect(error.message).toContain('Azure.ResourceManagement.VMImage');
      expect(error.message).toContain('fnoeding.null');
    });
  });

  it('applies the user var files after its own', async () => {
    const logger = new RecordingLogger();
    await runPackerBake({
      template: join(FIXTURES, 'hcl2-basic'),
      variables: { greeting: 'ours' },
      varFiles: ['extra.pkrvars.hcl'],
      cwd: FIXTURES,
      only: ['null.first'],
      logger,
      requireAzureArtifact: false,
    });
    expect(logger.text).toContain("greeting=from the user's var file");
  });

  it("reports a failed build with Packer's error lines and the template name", async () => {
    const logger = new RecordingLogger();
    const template = join(FIXTURES, 'hcl2-fail/fail.pkr.hcl');
    const error = await failure(runPackerBake({ template, logger }));
    expect(error.code).toBe('build-failed');
    expect(error.exitCode).not.toBe(0);
    expect(error.message).toContain(`template "${template}"`);
    expect(error.message).toContain('the disk is full');
    expect(error.message).toMatch(/null\.broken: Script exited with non-zero exit status: 3/);
    expect(logger.entries.some((e) => e.level === 'error' && e.message.includes('the disk is full'))).toBe(true);
  });

  it('streams ui lines live and cancels with SIGINT, cleaning up the var file', async () => {
    const logger = new RecordingLogger();
    const controller = new AbortController();
    let settled = false;
    const bake = runPackerBake({
      template: join(FIXTURES, 'hcl2-sleep/sleep.pkr.hcl'),
      variables: { marker: 'xyz' },
      logger,
      signal: controller.signal,
      cancelGraceMs: 10_000,
    }).finally(() => {
      settled = true;
    });

    await logger.waitFor((m) => m.includes('started xyz')); // streamed while `sleep 30` runs
    expect(settled).toBe(false);
    const varFile = varFileFromLog(logger);
    expect(statSync(varFile).mode & 0o777).toBe(0o600);
    controller.abort();

    const error = await failure(bake);
    expect(error.code).toBe('cancelled');
    expect(error.message).toContain('sleep.pkr.hcl');
    expect(error.message).toContain('cleaned up');
    // Packer and its provisioner share the process group that got SIGINT. Which of them reports
    // first is a race (Packer's "Cancelling build…" or the script's non-zero exit), so the test
    // checks our side of it and the outcome, not Packer's wording.
    expect(logger.text).toContain('Cancelling: sent SIGINT to Packer (build)');
    expect(logger.text).not.toContain('slow: finished'); // the script's last echo never ran
    expect(existsSync(varFile)).toBe(false);
  });

  it('explains that required_plugins needs a newer Packer than 1.6.6', async () => {
    const error = await failure(
      runPackerBake({ template: join(FIXTURES, 'hcl2-plugins'), logger: new RecordingLogger() }),
    );
    expect(error.code).toBe('packer-too-old');
    expect(error.message).toContain('1.7');
    expect(error.message).toContain('1.6.6');
  });
});

describe('runPackerBake, before Packer runs', () => {
  it('does not start Packer when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(
      runPackerBake({
        template: join(FIXTURES, 'hcl2-basic'),
        logger: new RecordingLogger(),
        signal: controller.signal,
      }),
    );
    expect(error.code).toBe('cancelled');
    expect(error.message).toContain('not started');
  });

  it('says how to install Packer when it is not on PATH', async () => {
    const template = join(FIXTURES, 'hcl2-basic');
    const error = await failure(
      runPackerBake({ template, logger: new RecordingLogger(), baseEnv: { PATH: '/nonexistent' } }),
    );
    expect(error.code).toBe('packer-not-found');
    expect(error.message).toContain(template);
    expect(error.message).toContain('on PATH');
    expect(error.message).toContain('hashicorp/setup-packer');
    expect(error.message).toContain('apt-get install packer');
  });

  it('names an explicit packer path that does not exist', async () => {
    const error = await failure(
      runPackerBake({
        template: join(FIXTURES, 'hcl2-basic'),
        packerPath: '/nonexistent/packer',
        logger: new RecordingLogger(),
      }),
    );
    expect(error.code).toBe('packer-not-found');
    expect(error.message).toContain('/nonexistent/packer');
  });

  it('reports a missing template', async () => {
    const error = await failure(
      runPackerBake({ template: 'nope.pkr.hcl', cwd: FIXTURES, logger: new RecordingLogger() }),
    );
    expect(error.code).toBe('template-not-found');
    expect(error.message).toContain('nope.pkr.hcl');
  });
});
