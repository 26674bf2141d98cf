/**
 * Simulated clock. Simulated time runs `timeScale` times faster than real time and can also be
 * advanced by hand (control.advanceTime) so tests can move time without sleeping.
 */
export class SimClock {
  private baseSim: number;
  private baseReal: number;
  private scale: number;

  constructor(timeScale: number, startMs: number = Date.now()) {
    this.scale = positiveScale(timeScale);
    this.baseSim = startMs;
    this.baseReal = Date.now();
  }

  /** Simulated epoch milliseconds. */
  now(): number {
    return this.baseSim + (Date.now() - this.baseReal) * this.scale;
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  get timeScale(): number {
    return this.scale;
  }

  /** Changes the rate without jumping: simulated "now" is preserved. */
  setTimeScale(timeScale: number): void {
    this.baseSim = this.now();
    this.baseReal = Date.now();
    this.scale = positiveScale(timeScale);
  }

  /** Jumps simulated time forward. */
  advance(simulatedMs: number): void {
    this.baseSim += Math.max(0, simulatedMs);
  }

  /** Real milliseconds that `simulatedSeconds` take at the current scale. */
  realMs(simulatedSeconds: number): number {
    return (simulatedSeconds * 1000) / this.scale;
  }

  /**
   * Retry-After header value (integer seconds, as ARM sends and the SDK parses) for a wait that
   * takes `simulatedSeconds` in Azure. Scaled, rounded, never negative; often "0" at high scales,
   * in which case SDK pollers fall back to their own `updateIntervalInMs`.
   */
  retryAfter(simulatedSeconds: number): string {
    return String(Math.max(0, Math.round(this.realMs(simulatedSeconds) / 1000)));
  }
}

function positiveScale(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 1;
}
