/**
 * ISO 8601 durations as Azure uses them (`pauseTimeBetweenBatches: "PT0S"`, `"PT2M30S"`,
 * `"P1DT2H"`). Years and months are rejected: their length is not fixed.
 */
const PATTERN =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

export function parseIsoDurationMs(text: string): number {
  const match = PATTERN.exec(text.trim());
  if (!match || text.trim() === 'P' || /T$/i.test(text.trim())) {
    throw new SyntaxError(`'${text}' is not an ISO 8601 duration`);
  }
  const [, weeks, days, hours, minutes, seconds] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return (
    ((((weeks ?? 0) * 7 + (days ?? 0)) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60_000 + (seconds ?? 0) * 1000
  );
}
