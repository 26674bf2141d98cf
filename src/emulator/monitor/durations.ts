/**
 * ISO 8601 durations and intervals as Azure Monitor's APIs take them: `PT1M`, `PT5M`, `P1D`
 * (metrics `interval`, alert `windowSize` / `evaluationFrequency`) and `start/end`,
 * `start/duration`, `duration/end` or a bare duration (metrics and logs `timespan`).
 */

/** Milliseconds of an ISO 8601 duration (`P[nD][T[nH][nM][nS]]`, weeks too), undefined when not one. */
export function durationMs(text: string): number | undefined {
  const m =
    /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      text.trim(),
    );
  if (!m || text.trim().toUpperCase() === 'P' || /T$/i.test(text.trim())) return undefined;
  const [, w, d, h, min, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  const ms = ((((w! * 7 + d!) * 24 + h!) * 60 + min!) * 60 + s!) * 1000;
  return ms > 0 ? ms : undefined;
}

/** `PT1M`, `PT1H`, `P1D`: the shortest ISO form of a whole number of seconds. */
export function formatDuration(ms: number): string {
  let s = Math.round(ms / 1000);
  const d = Math.floor(s / 86_400);
  s -= d * 86_400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  return `P${d ? `${d}D` : ''}${time ? `T${time}` : d ? '' : 'T0S'}`;
}

/** `d.hh:mm:ss` as Azure Monitor's own error messages print time grains (`00:05:00`, `1.00:00:00`). */
export function formatTimeSpan(ms: number): string {
  const total = Math.round(ms / 1000);
  const d = Math.floor(total / 86_400);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hms = `${pad(Math.floor((total % 86_400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return d ? `${d}.${hms}` : hms;
}

export interface TimeRange {
  startMs: number;
  endMs: number;
}

/**
 * A `timespan`: `start/end`, `start/duration`, `duration/end`, or a duration ending now.
 * Undefined when it cannot be read or ends before it starts.
 */
export function parseTimespan(text: string, nowMs: number): TimeRange | undefined {
  const parts = text.trim().split('/');
  if (parts.length > 2 || parts.some((p) => p === '')) return undefined;
  const time = (p: string) => (/^\d{4}-\d{2}-\d{2}/.test(p) ? Date.parse(p) : Number.NaN);
  let range: TimeRange | undefined;
  if (parts.length === 1) {
    const d = durationMs(parts[0]!);
    range = d === undefined ? undefined : { startMs: nowMs - d, endMs: nowMs };
  } else {
    const [a, b] = [parts[0]!, parts[1]!];
    const [ta, tb, da, db] = [time(a), time(b), durationMs(a), durationMs(b)];
    if (Number.isFinite(ta) && Number.isFinite(tb)) range = { startMs: ta, endMs: tb };
    else if (Number.isFinite(ta) && db !== undefined) range = { startMs: ta, endMs: ta + db };
    else if (da !== undefined && Number.isFinite(tb)) range = { startMs: tb - da, endMs: tb };
  }
  return range && range.endMs >= range.startMs ? range : undefined;
}

/** `2021-04-20T09:00:00Z`: ISO without milliseconds when they are zero, as Azure Monitor prints times. */
export function isoSeconds(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}
