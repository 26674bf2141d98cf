/**
 * Status matchers: matching, formatting, and parsing the textual form used in settings,
 * e.g. "200,204,300-399" or "2xx".
 */
import type { ParseResult, StatusMatcher, StatusRange } from './probe-types.js';

const MIN_STATUS = 100;
const MAX_STATUS = 599;
const EXAMPLE = 'e.g. "200", "200,204,300-399" or "2xx"';

export function matchesStatus(matcher: StatusMatcher, status: number): boolean {
  return matcher.some((rule) =>
    typeof rule === 'number' ? rule === status : status >= rule.min && status <= rule.max,
  );
}

/** "200, 300-399" — for logs and reasons. */
export function formatStatusMatcher(matcher: StatusMatcher): string {
  return matcher.map((rule) => (typeof rule === 'number' ? String(rule) : `${rule.min}-${rule.max}`)).join(', ');
}

/** Problems with a matcher built in code (the parser only builds valid ones). */
export function validateStatusMatcher(matcher: StatusMatcher): string[] {
  if (matcher.length === 0) return [`Expected statuses are empty; expected at least one code or range, ${EXAMPLE}.`];
  const errors: string[] = [];
  for (const rule of matcher) {
    const [min, max] = typeof rule === 'number' ? [rule, rule] : [rule.min, rule.max];
    const shown = typeof rule === 'number' ? String(rule) : `${rule.min}-${rule.max}`;
    if (!isStatusCode(min) || !isStatusCode(max)) {
      errors.push(
        `Status "${shown}" is not within ${MIN_STATUS}-${MAX_STATUS}; expected whole status codes in that range.`,
      );
    } else if (min > max) {
      errors.push(`Status range "${shown}" is reversed; expected the lower code first, e.g. 200-299.`);
    }
  }
  return errors;
}

/**
 * Parses comma-separated entries: a code ("200"), an inclusive range ("300-399") or a class
 * ("2xx"). Whitespace around entries is ignored. Every bad entry yields its own message.
 */
export function parseStatusMatcher(text: string): ParseResult<StatusMatcher> {
  if (text.trim() === '') {
    return { ok: false, errors: [`Status list "${text}" is empty; expected status codes, ${EXAMPLE}.`] };
  }
  const rules: Array<number | StatusRange> = [];
  const errors: string[] = [];
  const entries = text.split(',').map((entry) => entry.trim());
  if (entries.includes('')) {
    errors.push(
      `Status list "${text}" has an empty entry; expected codes or ranges separated by single commas, ${EXAMPLE}.`,
    );
  }
  for (const entry of entries.filter((e) => e !== '')) {
    const parsed = parseEntry(entry);
    if (typeof parsed === 'string') errors.push(parsed);
    else rules.push(parsed);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: rules };
}

/** One entry: the rule, or an error message naming the entry. */
function parseEntry(entry: string): number | StatusRange | string {
  const statusClass = /^([1-5])xx$/i.exec(entry);
  if (statusClass) {
    const hundreds = Number(statusClass[1]) * 100;
    return { min: hundreds, max: hundreds + 99 };
  }
  if (/^\d+$/.test(entry)) {
    const code = Number(entry);
    return isStatusCode(code) ? code : outOfRange(entry);
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(entry);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    if (!isStatusCode(min) || !isStatusCode(max)) return outOfRange(entry);
    if (min > max) return `Status range "${entry}" is reversed; expected the lower code first, e.g. ${max}-${min}.`;
    return { min, max };
  }
  return `Status "${entry}" is not a status code or range; expected a code like 200, a range like 200-299 or a class like 2xx.`;
}

function outOfRange(entry: string): string {
  return `Status "${entry}" is outside ${MIN_STATUS}-${MAX_STATUS}; expected codes between ${MIN_STATUS} and ${MAX_STATUS}.`;
}

function isStatusCode(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_STATUS && value <= MAX_STATUS;
}
