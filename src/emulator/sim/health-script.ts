/** Any seeded uniform source in [0, 1), e.g. the emulator's RandomSource. */
export interface Rng {
  next(): number;
}

/**
 * Scriptable health for simulated workloads (scale set instances and App Service slots).
 * Tests and the lead's scenarios drive it through `control.health`.
 *
 * - `unhealthyImage(match)`: anything running an image whose id/tag contains `match`
 *   answers as unhealthy (instances: probe/health extension reports unhealthy; App Service:
 *   HTTP 500). Applies immediately, also to instances already running.
 * - `failingImage(match)`: anything booting that image fails to start (instances:
 *   ProvisioningState/failed; App Service: restart fails, so a swap aborts).
 * - `bootFailures({ oneIn })`: each instance boot fails with probability 1/oneIn (seeded).
 * - `unhealthyInstance(scaleSetId, instanceId)`: one instance turns unhealthy.
 * - `unhealthyResponse`: how an unhealthy instance answers a forwarded request:
 *   `'http503'` (default) or `'reset'` (the connection is destroyed).
 */
export type UnhealthyResponse = 'http503' | 'reset';

export interface HealthScript {
  unhealthyImage(match: string): void;
  failingImage(match: string): void;
  bootFailures(options: { oneIn: number } | null): void;
  unhealthyInstance(scaleSetId: string, instanceId: string, unhealthy?: boolean): void;
  setUnhealthyResponse(mode: UnhealthyResponse): void;
  /** Removes every rule. */
  clear(): void;
}

export class HealthRules implements HealthScript {
  private readonly unhealthyImages = new Set<string>();
  private readonly failingImages = new Set<string>();
  private readonly unhealthyInstances = new Set<string>();
  private bootFailureOneIn: number | null = null;
  unhealthyResponse: UnhealthyResponse = 'http503';

  constructor(private readonly rng: Rng) {}

  unhealthyImage(match: string): void {
    this.unhealthyImages.add(match.toLowerCase());
  }
  failingImage(match: string): void {
    this.failingImages.add(match.toLowerCase());
  }
  bootFailures(options: { oneIn: number } | null): void {
    if (options && !(options.oneIn >= 1)) throw new RangeError('oneIn must be >= 1');
    this.bootFailureOneIn = options?.oneIn ?? null;
  }
  unhealthyInstance(scaleSetId: string, instanceId: string, unhealthy = true): void {
    const key = instanceKey(scaleSetId, instanceId);
    if (unhealthy) this.unhealthyInstances.add(key);
    else this.unhealthyInstances.delete(key);
  }
  setUnhealthyResponse(mode: UnhealthyResponse): void {
    this.unhealthyResponse = mode;
  }
  clear(): void {
    this.unhealthyImages.clear();
    this.failingImages.clear();
    this.unhealthyInstances.clear();
    this.bootFailureOneIn = null;
    this.unhealthyResponse = 'http503';
  }

  /** Whether a workload running `image` is currently unhealthy (evaluated at every look). */
  isImageUnhealthy(image: string): boolean {
    return matchesAny(this.unhealthyImages, image);
  }
  isInstanceUnhealthy(scaleSetId: string, instanceId: string): boolean {
    return this.unhealthyInstances.has(instanceKey(scaleSetId, instanceId));
  }
  /** Decided once per boot: draws from the seeded generator only when a boot-failure rule is set. */
  bootFails(image: string): boolean {
    if (matchesAny(this.failingImages, image)) return true;
    if (this.bootFailureOneIn === null) return false;
    return this.rng.next() * this.bootFailureOneIn < 1;
  }
}

function matchesAny(patterns: Set<string>, image: string): boolean {
  const lower = image.toLowerCase();
  for (const pattern of patterns) if (lower.includes(pattern)) return true;
  return false;
}

function instanceKey(scaleSetId: string, instanceId: string): string {
  return `${scaleSetId.toLowerCase()}|${instanceId}`;
}
