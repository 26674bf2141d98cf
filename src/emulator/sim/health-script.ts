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
 * - `erroringImage(match, { rate })`: anything running a matching image stays healthy (its health
 *   page, the load balancer probe and the health extension pass) but answers a `rate` share of the
 *   other requests with HTTP 500 — a release that is bad only under real traffic, which only
 *   analysis of its telemetry catches. Deterministic: every 1/rate-th request fails.
 * - `unhealthyResponse`: how an unhealthy instance answers a forwarded request:
 *   `'http503'` (default) or `'reset'` (the connection is destroyed).
 */
export type UnhealthyResponse = 'http503' | 'reset';

export interface HealthScript {
  unhealthyImage(match: string): void;
  failingImage(match: string): void;
  bootFailures(options: { oneIn: number } | null): void;
  unhealthyInstance(scaleSetId: string, instanceId: string, unhealthy?: boolean): void;
  erroringImage(match: string, options?: { rate?: number }): void;
  setUnhealthyResponse(mode: UnhealthyResponse): void;
  /** Removes every rule. */
  clear(): void;
}

export class HealthRules implements HealthScript {
  private readonly unhealthyImages = new Set<string>();
  private readonly failingImages = new Set<string>();
  private readonly unhealthyInstances = new Set<string>();
  private bootFailureOneIn: number | null = null;
  /** Error rate per image pattern, and how many requests each erroring image answered. */
  private readonly erroringImages = new Map<string, number>();
  private readonly answered = new Map<string, number>();
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
  erroringImage(match: string, options: { rate?: number } = {}): void {
    const rate = options.rate ?? 1;
    if (!(rate > 0 && rate <= 1)) throw new RangeError('rate must be above 0 and at most 1');
    this.erroringImages.set(match.toLowerCase(), rate);
  }
  setUnhealthyResponse(mode: UnhealthyResponse): void {
    this.unhealthyResponse = mode;
  }
  clear(): void {
    this.erroringImages.clear();
    this.answered.clear();
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
  /**
   * Whether this request to a workload running `image` fails with a server error (erroringImage).
   * The health pages (`/health`, `/healthz`) never fail: the release passes shallow health checks.
   * Counts the request, so call it once per answered request.
   */
  answersWithError(image: string, path: string): boolean {
    if (this.erroringImages.size === 0 || HEALTH_PAGES.has(pagePath(path))) return false;
    const lower = image.toLowerCase();
    let rate = 0;
    for (const [pattern, r] of this.erroringImages) if (lower.includes(pattern)) rate = Math.max(rate, r);
    if (rate === 0) return false;
    const n = this.answered.get(lower) ?? 0;
    this.answered.set(lower, n + 1);
    // Every 1/rate-th request fails, from the first one on: exact shares, no randomness.
    return Math.ceil((n + 1) * rate) > Math.ceil(n * rate);
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

const HEALTH_PAGES = new Set(['/health', '/healthz']);

function pagePath(path: string): string {
  const p = path.split(/[?#]/)[0] || '/';
  return p.length > 1 ? p.replace(/\/+$/, '').toLowerCase() : p;
}

function matchesAny(patterns: Set<string>, image: string): boolean {
  const lower = image.toLowerCase();
  for (const pattern of patterns) if (lower.includes(pattern)) return true;
  return false;
}

function instanceKey(scaleSetId: string, instanceId: string): string {
  return `${scaleSetId.toLowerCase()}|${instanceId}`;
}
