import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, startHarness, type Harness } from './helpers.js';
import { LOCATION, seedGallery } from './fixtures.js';

/** Response bodies (raw JSON on the wire, as the SDK received them) checked against the saved spec excerpt. */
const spec = JSON.parse(readFileSync(join(import.meta.dirname, 'specs', 'GalleryRP-2025-03-03.excerpt.json'), 'utf8'));
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: 'gallery', definitions: spec.definitions });
const validator = (name: string) => ajv.getSchema(`gallery#/definitions/${name}`)!;

describe('response bodies match the REST spec', () => {
  let h: Harness;
  let raw: unknown;
  const capture = {
    onResponse: (r: { parsedBody?: unknown; bodyAsText?: string | null }) => {
      raw = r.parsedBody ?? JSON.parse(r.bodyAsText ?? 'null');
    },
  };
  beforeAll(async () => {
    h = await startHarness();
    const { managedImageId } = await seedGallery(h, 'rg-schema', 'galschema', 'img');
    await h.compute.galleryImageVersions.createOrUpdate(
      'rg-schema',
      'galschema',
      'img',
      '1.0.0',
      {
        location: LOCATION,
        storageProfile: { source: { id: managedImageId } },
        publishingProfile: { targetRegions: [{ name: LOCATION }, { name: 'eastus', regionalReplicaCount: 3 }] },
      },
      POLL,
    );
  });
  afterAll(async () => {
    await h.emu.close();
  });

  it('GalleryImages_Get', async () => {
    await h.compute.galleryImages.get('rg-schema', 'galschema', 'img', capture);
    const validate = validator('GalleryImage');
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
  });

  it('GalleryImageVersions_Get with $expand=ReplicationStatus', async () => {
    await h.compute.galleryImageVersions.get('rg-schema', 'galschema', 'img', '1.0.0', {
      expand: 'ReplicationStatus',
      ...capture,
    });
    const validate = validator('GalleryImageVersion');
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
    expect(
      (raw as { properties: { replicationStatus: { summary: unknown[] } } }).properties.replicationStatus.summary,
    ).toHaveLength(2);
  });

  it('GalleryImageVersions_ListByGalleryImage page', async () => {
    const pager = h.compute.galleryImageVersions.listByGalleryImage('rg-schema', 'galschema', 'img', capture);
    for await (const page of pager.byPage()) void page;
    const validate = validator('GalleryImageVersionList');
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a body that breaks the schema (the check has teeth)', () => {
    const validate = validator('GalleryImageVersion');
    expect(validate({ location: LOCATION, properties: { storageProfile: {}, provisioningState: 'Done' } })).toBe(false);
  });
});
