/**
 * String predicates (https://learn.microsoft.com/kusto/query/datatypes-string-operators): operators
 * ending in _cs are case-sensitive, the others are not. `has` matches whole terms: "each string
 * value is broken into maximal sequences of alphanumeric characters, and each of those sequences is
 * made into a term"; hasprefix / hassuffix match the start / end of a term.
 */
import type { StringOperator } from './ast.js';

type Predicate = (haystack: string, needle: string) => boolean;

const lower = (s: string): string => s.toLowerCase();

const PREDICATES: Readonly<Record<string, Predicate>> = {
  contains: (h, n) => lower(h).includes(lower(n)),
  contains_cs: (h, n) => h.includes(n),
  startswith: (h, n) => lower(h).startsWith(lower(n)),
  startswith_cs: (h, n) => h.startsWith(n),
  endswith: (h, n) => lower(h).endsWith(lower(n)),
  endswith_cs: (h, n) => h.endsWith(n),
  has: (h, n) => hasTerm(lower(h), lower(n), true, true),
  has_cs: (h, n) => hasTerm(h, n, true, true),
  hasprefix: (h, n) => hasTerm(lower(h), lower(n), true, false),
  hasprefix_cs: (h, n) => hasTerm(h, n, true, false),
  hassuffix: (h, n) => hasTerm(lower(h), lower(n), false, true),
  hassuffix_cs: (h, n) => hasTerm(h, n, false, true),
};

/** The test an operator applies; `!op` is the negation of `op`. */
export function stringPredicate(op: StringOperator): Predicate {
  const negated = op.startsWith('!');
  const base = PREDICATES[negated ? op.slice(1) : op];
  if (!base) throw new Error(`no string predicate ${op}`);
  return negated ? (h, n) => !base(h, n) : base;
}

const isTermChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * True when `needle` occurs in `haystack` on term boundaries: at its start (when `start`) and at its
 * end (when `end`). A needle edge that is itself no term character needs no boundary there.
 */
function hasTerm(haystack: string, needle: string, start: boolean, end: boolean): boolean {
  if (needle === '') return true;
  const needStart = start && isTermChar(needle[0]);
  const needEnd = end && isTermChar(needle[needle.length - 1]);
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    const startOk = !needStart || !isTermChar(haystack[i - 1]);
    const endOk = !needEnd || !isTermChar(haystack[i + needle.length]);
    if (startOk && endOk) return true;
  }
  return false;
}
