/** The verify stage's HTTP probes: run, parse settings text, format results. */
export { formatDuration, formatProbeResult, runProbe, runProbes } from './http-probe.js';
export { validateProbeSpec } from './probe-spec.js';
export { formatStatusMatcher, matchesStatus, parseStatusMatcher } from './status-matcher.js';
export { bodyExcerpt, formatBodyMatch, parseBodyMatch } from './body-match.js';
export type {
  BodyMatch,
  ParseResult,
  ProbeDeps,
  ProbeResult,
  ProbeSpec,
  StatusMatcher,
  StatusRange,
} from './probe-types.js';
