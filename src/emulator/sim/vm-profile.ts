/**
 * Read-only helpers over a scale set's `virtualMachineProfile` as it travels on the wire
 * (REST JSON: `storageProfile.imageReference`, `networkProfile.networkInterfaceConfigurations[]
 * .properties.ipConfigurations[].properties.loadBalancerBackendAddressPools[].id`, ...).
 */
export type Json = Record<string, unknown>;

function obj(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}
function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The image an instance boots: the reference id, or `publisher:offer:sku:version` for marketplace images. */
export function imageOf(profile: unknown): string {
  const ref = obj(obj(obj(profile)?.storageProfile)?.imageReference);
  if (!ref) return '';
  if (typeof ref.id === 'string') return ref.id;
  for (const key of ['sharedGalleryImageId', 'communityGalleryImageId'] as const) {
    if (typeof ref[key] === 'string') return ref[key] as string;
  }
  return [ref.publisher, ref.offer, ref.sku, ref.version].filter((p) => typeof p === 'string').join(':');
}

/**
 * What an instance reports as its version: the last path segment of a gallery image version
 * id (`.../versions/1.2.3` → `1.2.3`), the image name of a managed image, else the raw image.
 */
export function versionOf(image: string): string {
  const segments = image.split('/').filter(Boolean);
  const last = segments.at(-1);
  if (segments.length >= 2 && last) return last;
  const colon = image.split(':');
  return colon.length === 4 ? (colon[3] ?? image) : image;
}

function ipConfigurations(profile: unknown): Json[] {
  const nics = arr(obj(obj(profile)?.networkProfile)?.networkInterfaceConfigurations);
  return nics
    .flatMap((nic) => arr(obj(obj(nic)?.properties)?.ipConfigurations))
    .flatMap((ip) => {
      const props = obj(obj(ip)?.properties);
      return props ? [props] : [];
    });
}

/** Backend pool ids (lower-cased) the profile's NIC ip configurations join. */
export function backendPoolIds(profile: unknown): string[] {
  return ipConfigurations(profile).flatMap((ip) =>
    arr(ip.loadBalancerBackendAddressPools).flatMap((ref) => {
      const id = obj(ref)?.id;
      return typeof id === 'string' ? [id.toLowerCase()] : [];
    }),
  );
}

/**
 * Whether the scale set has a health source for its orchestrator (rolling upgrades, repairs):
 * the Application Health extension or a load balancer probe as `networkProfile.healthProbe`.
 */
export function hasHealthSignal(profile: unknown): boolean {
  if (obj(obj(obj(profile)?.networkProfile)?.healthProbe)?.id) return true;
  return hasHealthExtension(profile);
}

/**
 * Whether instances report their own health (`vmHealth` in the VM instance view): only the
 * Application Health extension does. "The Application Health Extension is deployed inside a
 * Virtual Machine Scale Set instance and reports on application health from inside the scale set
 * instance" ("Using Application Health extension with Virtual Machine Scale Sets"; its
 * troubleshooting section reads that state from the instance view's `vmHealth`). A load balancer
 * probe judges a backend from outside: its state is the load balancer's (the Health Probe Status
 * metric), not the VM's instance view ("Automatic instance repairs" lists the two sources apart).
 */
export function hasHealthExtension(profile: unknown): boolean {
  const extensions = arr(obj(obj(profile)?.extensionProfile)?.extensions);
  return extensions.some((ext) => {
    const type = obj(obj(ext)?.properties)?.type;
    return typeof type === 'string' && /^ApplicationHealth(Linux|Windows)$/i.test(type);
  });
}

/** Structural equality, independent of key order (clients re-send models in any order). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const o = obj(value);
  if (o) {
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function deepCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
