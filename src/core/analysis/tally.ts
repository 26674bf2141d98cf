/**
 * How measurements add up to a gate's verdict (Argo Rollouts' analysis run): more failed
 * measurements than `failure-limit` fail the gate at once; more inconclusive ones than
 * `inconclusive-limit` end it inconclusive; otherwise, once `count` measurements are taken, it is
 * successful if at least one was. An inconclusive gate fails, or passes with a warning.
 */
import type { AnalysisResult, GateTiming, Measurement, Verdict } from './types.js';

export class Tally {
  readonly measurements: Measurement[] = [];
  successful = 0;
  failed = 0;
  inconclusive = 0;
  /** Why the gate ended before its measurements were all taken (an error, the budget, a stop). */
  ended?: { readonly verdict: Verdict; readonly detail: string; readonly stopped?: boolean };

  constructor(private readonly timing: GateTiming) {}

  add(m: Measurement): void {
    this.measurements.push(m);
    this[m.verdict]++;
  }

  /** Taken all measurements, or decided early. */
  get done(): boolean {
    return !!this.ended || this.decided !== undefined || this.measurements.length >= this.timing.count;
  }

  /** A verdict the limits already force. */
  get decided(): Verdict | undefined {
    if (this.failed > this.timing.failureLimit) return 'failed';
    if (this.inconclusive > this.timing.inconclusiveLimit) return 'inconclusive';
    return undefined;
  }

  get verdict(): Verdict {
    if (this.ended) return this.ended.verdict;
    return this.decided ?? (this.successful > 0 ? 'successful' : 'inconclusive');
  }

  /** The gate's result: verdict, whether it passes, and one line saying why. */
  result(name: string, kind: AnalysisResult['kind'], condition: string): AnalysisResult {
    const verdict = this.verdict;
    const t = this.timing;
    const counts =
      `${this.successful} successful, ${this.failed} failed, ` + `${this.inconclusive} inconclusive of ${t.count}`;
    const why = this.ended
      ? this.ended.detail
      : verdict === 'failed'
        ? `${this.failed} failed measurement(s), more than failure-limit ${t.failureLimit}`
        : verdict === 'inconclusive'
          ? this.inconclusive > t.inconclusiveLimit
            ? `${this.inconclusive} inconclusive measurement(s), more than inconclusive-limit ${t.inconclusiveLimit}`
            : 'no successful measurement'
          : `${condition}`;
    // What the last deciding measurement saw ('rate 20 fails < 1'), so the verdict shows its numbers.
    const last = this.ended
      ? undefined
      : this.measurements.findLast((m) => m.verdict === verdict && verdict !== 'successful');
    const seen = last ? ` — ${last.detail}` : '';
    const passOnInconclusive = verdict === 'inconclusive' && t.inconclusive === 'pass' && !this.ended?.stopped;
    const passed = verdict === 'successful' || passOnInconclusive;
    const warning = passOnInconclusive
      ? `analysis '${name}' was inconclusive (${why}${seen}); passed because 'inconclusive' is 'pass'`
      : undefined;
    return {
      name,
      kind,
      verdict,
      passed,
      ...(warning ? { warning } : {}),
      ...(this.ended?.stopped ? { stopped: true } : {}),
      condition,
      measurements: this.measurements,
      detail: `${verdict}: ${why}${seen} (${counts})`,
    };
  }
}
