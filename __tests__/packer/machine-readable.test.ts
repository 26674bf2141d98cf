import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  azureImagesFrom,
  parseMachineReadableLine,
  parseMachineReadableOutput,
  toAzureImageArtifact,
  toUiEvent,
  unescapeMachineField,
} from '../../src/packer/index.js';
import { FIXTURES } from './helpers.js';

const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';

describe('machine-readable lines', () => {
  it('splits timestamp, target, type and unescaped data', () => {
    const record = parseMachineReadableLine('1795301452,null.one,artifact,0,string,a%!(PACKER_COMMA)b\\nc\\rd');
    expect(record).toEqual({
      timestamp: 1795301452,
      target: 'null.one',
      type: 'artifact',
      data: ['0', 'string', 'a,b\nc\rd'],
    });
  });

  it('turns ui records into say/message/error events', () => {
    const say = parseMachineReadableLine('1,,ui,say,\\n==> Wait completed after 7 milliseconds');
    const message = parseMachineReadableLine('1,,ui,message,    null.one: greeting=hello%!(PACKER_COMMA) world');
    expect(say && toUiEvent(say)).toEqual({ kind: 'say', text: '\n==> Wait completed after 7 milliseconds' });
    expect(message && toUiEvent(message)).toEqual({ kind: 'message', text: '    null.one: greeting=hello, world' });
  });

  it('ignores lines that are not records', () => {
    expect(parseMachineReadableLine('Error: Failed to open file')).toBeUndefined();
    expect(parseMachineReadableLine('')).toBeUndefined();
    expect(parseMachineReadableLine('abc,def,ghi')).toBeUndefined();
  });

  it('unescapes every occurrence', () => {
    expect(unescapeMachineField('a%!(PACKER_COMMA)b%!(PACKER_COMMA)c\\n\\n')).toBe('a,b,c\n\n');
  });

  it('collects artifacts per target and error records', () => {
    const output = [
      '1,null.one,artifact-count,1',
      '1,null.one,artifact,0,builder-id,fnoeding.null',
      '1,null.one,artifact,0,id,Null',
      '1,null.one,artifact,0,string,Did not export anything. This is the null builder',
      '1,null.one,artifact,0,files-count,2',
      '1,null.one,artifact,0,file,0,out/a%!(PACKER_COMMA)b.txt',
      '1,null.one,artifact,0,file,1,out/c.txt',
      '1,null.one,artifact,0,end',
      '1,null.two,artifact,0,nil',
      '1,null.two,artifact,0,end',
      '1,null.three,error,Script exited with non-zero exit status: 3.Allowed exit codes are: [0]',
    ].join('\n');
    const { artifacts, errors } = parseMachineReadableOutput(output);
    expect(artifacts).toEqual([
      {
        target: 'null.one',
        index: 0,
        builderId: 'fnoeding.null',
        id: 'Null',
        string: 'Did not export anything. This is the null builder',
        files: ['out/a,b.txt', 'out/c.txt'],
        nil: false,
      },
      { target: 'null.two', index: 0, files: [], nil: true },
    ]);
    expect(errors).toEqual([
      { target: 'null.three', message: 'Script exited with non-zero exit status: 3.Allowed exit codes are: [0]' },
    ]);
  });
});

describe('recorded azure-arm output', () => {
  it('yields the managed image and the gallery image version of a gallery-publishing build', () => {
    const { artifacts } = parseMachineReadableOutput(
      readFileSync(join(FIXTURES, 'azure-arm/gallery.machine-readable.txt'), 'utf8'),
    );
    expect(artifacts).toHaveLength(2); // the azure-arm artifact and a manifest post-processor's
    const images = azureImagesFrom(artifacts);
    expect(images).toHaveLength(1);
    const [image] = images;
    expect(image?.target).toBe('azure-arm.web');
    expect(image?.managedImageId).toBe(
      `${SUB}/resourceGroups/rg-images/providers/Microsoft.Compute/images/web-20250109-1200`,
    );
    expect(image?.galleryImageVersionId).toBe(
      `${SUB}/resourceGroups/rg-gallery/providers/Microsoft.Compute/galleries/gal_images/images/web/versions/1.0.42`,
    );
    expect(image?.osType).toBe('Linux');
    expect(image?.location).toBe('westeurope');
    expect(image?.properties.SharedImageGalleryReplicatedRegions).toBe('westeurope, northeurope');
  });

  it('yields only the managed image when the template does not publish to a gallery', () => {
    const { artifacts } = parseMachineReadableOutput(
      readFileSync(join(FIXTURES, 'azure-arm/managed-image.machine-readable.txt'), 'utf8'),
    );
    const [image] = azureImagesFrom(artifacts);
    expect(image?.managedImageId).toBe(
      `${SUB}/resourceGroups/rg-images/providers/Microsoft.Compute/images/api-20250109-1200`,
    );
    expect(image?.galleryImageVersionId).toBeUndefined();
  });

  it('reads a gallery-only build (no managed image) from the artifact id', () => {
    const version = `${SUB}/resourceGroups/rg-gallery/providers/Microsoft.Compute/galleries/g/images/arm64/versions/2.0.0`;
    const image = toAzureImageArtifact({
      target: 'azure-arm.arm64',
      index: 0,
      builderId: 'Azure.ResourceManagement.VMImage',
      id: version,
      string: `Azure.ResourceManagement.VMImage:\n\nOSType: Linux\nManagedImageSharedImageGalleryId: ${version}\n`,
      files: [],
      nil: false,
    });
    expect(image.managedImageId).toBeUndefined();
    expect(image.galleryImageVersionId).toBe(version);
  });

  it('does not take an OS disk URI (keep_os_disk) for a managed image id', () => {
    const image = toAzureImageArtifact({
      target: 'azure-arm.x',
      index: 0,
      builderId: 'Azure.ResourceManagement.VMImage',
      id: 'https://acct.blob.core.windows.net/images/osdisk.vhd',
      string: `Azure.ResourceManagement.VMImage:\n\nOSType: Linux\nManagedImageId: ${SUB}/resourceGroups/rg/providers/Microsoft.Compute/images/x\n`,
      files: [],
      nil: false,
    });
    expect(image.managedImageId).toBe(`${SUB}/resourceGroups/rg/providers/Microsoft.Compute/images/x`);
  });
});
