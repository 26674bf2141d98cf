/**
 * Body matchers: parsing the textual form ("ok" or "/ok|healthy/i"), compiling, formatting,
 * and the truncated body excerpts that reasons quote.
 */
import type { BodyMatch, ParseResult } from './probe-types.js';

/**
 * Flags a body regex may carry. `g` and `y` are refused: they make `RegExp.test` stateful
 * (lastIndex), so the same body could match on one attempt and not the next.
 */
const ALLOWED_FLAGS = 'imsuv';
const EXPECTED = 'expected plain text to find in the body, or /pattern/flags with flags among i, m, s, u, v';

/** `/source/flags`, flags as letters only; anything else is plain text. */
const REGEX_FORM = /^\/([\s\S]*)\/([A-Za-z]*)$/;

/**
 * Parses a body expectation. Empty (or blank) text means "no body check" (`value: undefined`).
 * Text shaped like `/…/letters` is a regex; everything else is a case-sensitive substring.
 */
export function parseBodyMatch(text: string): ParseResult<BodyMatch | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const form = REGEX_FORM.exec(text);
  if (!form) return { ok: true, value: { kind: 'substring', text } };
  const source = form[1] ?? '';
  const flags = form[2] ?? '';
  const errors = regexProblems(text, source, flags);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { kind: 'regex', source, flags } };
}

/** Problems with a body matcher built in code (the parser only builds valid ones). */
export function validateBodyMatch(match: BodyMatch): string[] {
  if (match.kind === 'substring') {
    return match.text === '' ? [`Body text "" is empty; ${EXPECTED}.`] : [];
  }
  return regexProblems(formatBodyMatch(match), match.source, match.flags);
}

function regexProblems(shown: string, source: string, flags: string): string[] {
  if (source === '') return [`Body pattern "${shown}" is an empty regular expression; ${EXPECTED}.`];
  const badFlags = [...flags].filter((flag) => !ALLOWED_FLAGS.includes(flag));
  if (badFlags.length > 0) {
    return [
      `Body pattern "${shown}" has unsupported flags "${badFlags.join('')}"; ${EXPECTED}` +
        ' (to find text that starts and ends with "/", escape it as a regex, e.g. /\\/health\\//).',
    ];
  }
  try {
    new RegExp(source, flags);
    return [];
  } catch (err) {
    return [`Body pattern "${shown}" is not a valid regular expression (${(err as Error).message}); ${EXPECTED}.`];
  }
}

/** A predicate for bodies; throws on an invalid regex (validate first). */
export function compileBodyMatch(match: BodyMatch): (body: string) => boolean {
  if (match.kind === 'substring') return (body) => body.includes(match.text);
  const regex = new RegExp(match.source, match.flags);
  return (body) => regex.test(body);
}

/** `"ok"` or `/ok|healthy/i` — for logs and reasons. */
export function formatBodyMatch(match: BodyMatch): string {
  return match.kind === 'substring' ? JSON.stringify(match.text) : `/${match.source}/${match.flags}`;
}

/** A quoted one-line excerpt of a body, whitespace collapsed, cut at `max` characters. */
export function bodyExcerpt(body: string, max = 80): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat === '') return 'an empty body';
  const cut = flat.length > max ? `${flat.slice(0, max)}…` : flat;
  return JSON.stringify(cut);
}
