import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeBakeKey, type BakeKeyInput } from '../../src/core/bake/bake-key.js';
import { collectBakeKeyInput, collectTemplateFiles } from '../../src/packer/index.js';

const SECRET = 'hunter2-very-secret';

function baseInput(): BakeKeyInput {
  return {
    builder: 'packer',
    templateFiles: [
      { path: 'build.pkr.hcl', content: 'source "azure-arm" "web" {}' },
      { path: 'scripts/setup.sh', content: new TextEncoder().encode('#!/bin/sh\napt-get update\n') },
    ],
    varFiles: [{ path: '0', content: 'vm_size = "Standard_B2s"' }],
    variables: { app_version: '1.2.3', replicas: 2, tags: { team: 'web', env: 'prod' }, admin_password: SECRET },
    secretVariables: ['admin_password'],
    resolvedBaseImage: 'Canonical:ubuntu-24_04-lts:server:24.04.202501010',
  };
}

describe('computeBakeKey', () => {
  it('is a stable sha256 hex', () => {
    const a = computeBakeKey(baseInput());
    expect(a.key).toMatch(/^[0-9a-f]{64}$/);
    expect(computeBakeKey(baseInput())).toEqual(a);
  });

  it('does not depend on the order of variables, object keys or template files', () => {
    const input = baseInput();
    const reordered: BakeKeyInput = {
      ...input,
      templateFiles: [...input.templateFiles].reverse(),
      variables: { admin_password: SECRET, tags: { env: 'prod', team: 'web' }, replicas: 2, app_version: '1.2.3' },
    };
    expect(computeBakeKey(reordered).key).toBe(computeBakeKey(input).key);
  });

  it('changes when any input changes', () => {
    const base = computeBakeKey(baseInput()).key;
    const variants: ((i: BakeKeyInput) => BakeKeyInput)[] = [
      (i) => ({ ...i, builder: 'image-builder' }),
      (i) => ({ ...i, resolvedBaseImage: 'Canonical:ubuntu-24_04-lts:server:24.04.202502020' }),
      (i) => ({ ...i, templateFiles: [i.templateFiles[0]!, { path: 'scripts/setup.sh', content: '#!/bin/sh\n' }] }),
      (i) => ({
        ...i,
        templateFiles: [i.templateFiles[0]!, { path: 'scripts/other.sh', content: i.templateFiles[1]!.content }],
      }),
      (i) => ({ ...i, templateFiles: [i.templateFiles[0]!] }),
      (i) => ({ ...i, varFiles: [{ path: '0', content: 'vm_size = "Standard_B4s"' }] }),
      (i) => ({ ...i, varFiles: [...(i.varFiles ?? []), { path: '1', content: 'x = 1' }] }),
      (i) => ({
        ...i,
        varFiles: [
          { path: '0', content: 'b = 1' },
          { path: '1', content: 'a = 1' },
        ],
      }),
      (i) => ({ ...i, variables: { ...i.variables, app_version: '1.2.4' } }),
      (i) => ({ ...i, variables: { ...i.variables, replicas: '2' } }),
      (i) => ({ ...i, variables: { ...i.variables, admin_password: 'another secret' } }),
      (i) => ({ ...i, variables: { ...i.variables, extra: 'x' } }),
    ];
    const keys = variants.map((change) => computeBakeKey(change(baseInput())).key);
    for (const key of keys) expect(key).not.toBe(base);
    expect(new Set(keys).size).toBe(keys.length);
    // Var file order matters: Packer applies them in order.
    const ab = computeBakeKey({
      ...baseInput(),
      varFiles: [
        { path: '0', content: 'a = 1' },
        { path: '1', content: 'b = 1' },
      ],
    }).key;
    expect(ab).not.toBe(keys[7]);
  });

  it('never returns the secret or a plain hash of it', async () => {
    const { createHash } = await import('node:crypto');
    const result = computeBakeKey(baseInput());
    const serialised = JSON.stringify(result);
    expect(serialised).not.toContain(SECRET);
    for (const form of [SECRET, JSON.stringify(SECRET)]) {
      expect(serialised).not.toContain(createHash('sha256').update(form).digest('hex'));
    }
    expect(Object.keys(result.parts).sort()).toEqual(['baseImage', 'builder', 'template', 'varFiles', 'variables']);
  });

  it('refuses an unresolved "latest" base image', () => {
    expect(() =>
      computeBakeKey({ ...baseInput(), resolvedBaseImage: 'Canonical:ubuntu-24_04-lts:server:latest' }),
    ).toThrow(/resolved/);
    expect(() =>
      computeBakeKey({
        ...baseInput(),
        resolvedBaseImage:
          '/subscriptions/s/resourceGroups/r/providers/Microsoft.Compute/galleries/g/images/i/versions/latest',
      }),
    ).toThrow(/resolved/);
  });
});

describe('collecting a template from disk', () => {
  it('reads every file of a folder template sorted by relative path, and var files by content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bake-key-'));
    try {
      mkdirSync(join(dir, 'tpl/scripts'), { recursive: true });
      mkdirSync(join(dir, 'tpl/.git'));
      writeFileSync(join(dir, 'tpl/b.pkr.hcl'), 'b');
      writeFileSync(join(dir, 'tpl/a.pkr.hcl'), 'a');
      writeFileSync(join(dir, 'tpl/scripts/run.sh'), 'run');
      writeFileSync(join(dir, 'tpl/.git/HEAD'), 'ref');
      writeFileSync(join(dir, 'one.pkrvars.hcl'), 'x = 1');
      const files = await collectTemplateFiles('tpl', dir);
      expect(files.map((f) => f.relativePath)).toEqual(['a.pkr.hcl', 'b.pkr.hcl', 'scripts/run.sh']);

      const input = await collectBakeKeyInput({
        template: 'tpl',
        varFiles: ['one.pkrvars.hcl'],
        variables: { v: 1 },
        resolvedBaseImage: 'Canonical:o:s:1.0.0',
        cwd: dir,
      });
      const before = computeBakeKey(input).key;
      writeFileSync(join(dir, 'tpl/scripts/run.sh'), 'run --fast');
      const after = computeBakeKey(
        await collectBakeKeyInput({
          template: 'tpl',
          varFiles: ['one.pkrvars.hcl'],
          variables: { v: 1 },
          resolvedBaseImage: 'Canonical:o:s:1.0.0',
          cwd: dir,
        }),
      ).key;
      expect(after).not.toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
