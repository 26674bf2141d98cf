import { describe, expect, it } from 'vitest';
import {
  compileBodyMatch,
  formatBodyMatch,
  parseBodyMatch,
  validateBodyMatch,
  bodyExcerpt,
} from '../../src/core/verify/body-match.js';
import { validateProbeSpec } from '../../src/core/verify/probe-spec.js';
import {
  formatStatusMatcher,
  matchesStatus,
  parseStatusMatcher,
  validateStatusMatcher,
} from '../../src/core/verify/status-matcher.js';
import { probeSpec } from './helpers.js';

describe('parseStatusMatcher', () => {
  it('parses codes, ranges and classes, ignoring spaces', () => {
    expect(parseStatusMatcher('200, 204 ,300-399, 4xx,500 - 502')).toEqual({
      ok: true,
      value: [200, 204, { min: 300, max: 399 }, { min: 400, max: 499 }, { min: 500, max: 502 }],
    });
    expect(parseStatusMatcher('2XX')).toEqual({ ok: true, value: [{ min: 200, max: 299 }] });
  });

  it('reports an empty list', () => {
    expect(parseStatusMatcher('  ')).toEqual({
      ok: false,
      errors: ['Status list "  " is empty; expected status codes, e.g. "200", "200,204,300-399" or "2xx".'],
    });
  });

  it('reports an empty entry', () => {
    expect(parseStatusMatcher('200,,204')).toEqual({
      ok: false,
      errors: [
        'Status list "200,,204" has an empty entry; expected codes or ranges separated by single commas, e.g. "200", "200,204,300-399" or "2xx".',
      ],
    });
  });

  it('reports an entry that is not a code', () => {
    expect(parseStatusMatcher('ok')).toEqual({
      ok: false,
      errors: [
        'Status "ok" is not a status code or range; expected a code like 200, a range like 200-299 or a class like 2xx.',
      ],
    });
  });

  it('reports codes and ranges outside 100-599', () => {
    expect(parseStatusMatcher('99,600,200-700')).toEqual({
      ok: false,
      errors: [
        'Status "99" is outside 100-599; expected codes between 100 and 599.',
        'Status "600" is outside 100-599; expected codes between 100 and 599.',
        'Status "200-700" is outside 100-599; expected codes between 100 and 599.',
      ],
    });
  });

  it('reports a reversed range with the corrected example', () => {
    expect(parseStatusMatcher('299-200')).toEqual({
      ok: false,
      errors: ['Status range "299-200" is reversed; expected the lower code first, e.g. 200-299.'],
    });
  });

  it('reports every problem at once', () => {
    const result = parseStatusMatcher('abc,,6xx,200,399-300');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(4);
      expect(result.errors.join('\n')).toMatch(/empty entry[\s\S]*"abc"[\s\S]*"6xx"[\s\S]*"399-300"/);
    }
  });
});

describe('status matching and formatting', () => {
  it('matches codes and inclusive ranges', () => {
    const matcher = [204, { min: 300, max: 399 }];
    expect([204, 300, 399].map((s) => matchesStatus(matcher, s))).toEqual([true, true, true]);
    expect([200, 299, 400].map((s) => matchesStatus(matcher, s))).toEqual([false, false, false]);
    expect(formatStatusMatcher(matcher)).toBe('204, 300-399');
  });

  it('validates matchers built in code', () => {
    expect(validateStatusMatcher([])).toEqual([
      'Expected statuses are empty; expected at least one code or range, e.g. "200", "200,204,300-399" or "2xx".',
    ]);
    expect(validateStatusMatcher([200.5, { min: 300, max: 200 }])).toEqual([
      'Status "200.5" is not within 100-599; expected whole status codes in that range.',
      'Status range "300-200" is reversed; expected the lower code first, e.g. 200-299.',
    ]);
    expect(validateStatusMatcher([200, { min: 200, max: 299 }])).toEqual([]);
  });
});

describe('parseBodyMatch', () => {
  it('reads /pattern/flags as a regex and anything else as a substring', () => {
    expect(parseBodyMatch('/ok|healthy/i')).toEqual({
      ok: true,
      value: { kind: 'regex', source: 'ok|healthy', flags: 'i' },
    });
    expect(parseBodyMatch('/"status":\\s*"up"/')).toEqual({
      ok: true,
      value: { kind: 'regex', source: '"status":\\s*"up"', flags: '' },
    });
    expect(parseBodyMatch('ok')).toEqual({ ok: true, value: { kind: 'substring', text: 'ok' } });
    expect(parseBodyMatch('/api/v1')).toEqual({ ok: true, value: { kind: 'substring', text: '/api/v1' } });
    expect(parseBodyMatch('Healthy ')).toEqual({ ok: true, value: { kind: 'substring', text: 'Healthy ' } });
  });

  it('treats blank text as no body check', () => {
    expect(parseBodyMatch('')).toEqual({ ok: true, value: undefined });
    expect(parseBodyMatch('  ')).toEqual({ ok: true, value: undefined });
  });

  const expected = 'expected plain text to find in the body, or /pattern/flags with flags among i, m, s, u, v';

  it('reports an empty regex', () => {
    expect(parseBodyMatch('//i')).toEqual({
      ok: false,
      errors: [`Body pattern "//i" is an empty regular expression; ${expected}.`],
    });
  });

  it('reports unsupported flags, including the stateful g and y', () => {
    expect(parseBodyMatch('/ok/gyi')).toEqual({
      ok: false,
      errors: [
        `Body pattern "/ok/gyi" has unsupported flags "gy"; ${expected}` +
          ' (to find text that starts and ends with "/", escape it as a regex, e.g. /\\/health\\//).',
      ],
    });
  });

  it('reports an invalid regular expression with the engine message', () => {
    const result = parseBodyMatch('/(unclosed/');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(
        /^Body pattern "\/\(unclosed\/" is not a valid regular expression \(.*Unterminated group.*\); /,
      );
      expect(result.errors[0]).toContain(expected);
    }
  });

  it('validates matchers built in code', () => {
    expect(validateBodyMatch({ kind: 'substring', text: '' })).toEqual([`Body text "" is empty; ${expected}.`]);
    expect(validateBodyMatch({ kind: 'regex', source: 'a', flags: 'g' })[0]).toContain('unsupported flags "g"');
    expect(validateBodyMatch({ kind: 'regex', source: 'ok', flags: 'i' })).toEqual([]);
  });
});

describe('body matching and excerpts', () => {
  it('compiles substring (case-sensitive) and regex matchers', () => {
    const substring = compileBodyMatch({ kind: 'substring', text: 'ok' });
    expect([substring('all ok'), substring('OK')]).toEqual([true, false]);
    const regex = compileBodyMatch({ kind: 'regex', source: 'ok|healthy', flags: 'i' });
    expect([regex('HEALTHY'), regex('OK'), regex('down')]).toEqual([true, true, false]);
    expect(formatBodyMatch({ kind: 'substring', text: 'ok' })).toBe('"ok"');
    expect(formatBodyMatch({ kind: 'regex', source: 'ok', flags: 'i' })).toBe('/ok/i');
  });

  it('quotes a one-line excerpt, truncated', () => {
    expect(bodyExcerpt('  a\n\n b\t c ')).toBe('"a b c"');
    expect(bodyExcerpt('')).toBe('an empty body');
    expect(bodyExcerpt('x'.repeat(500), 10)).toBe(`"${'x'.repeat(10)}…"`);
  });
});

describe('validateProbeSpec', () => {
  it('accepts a sound spec', () => {
    expect(validateProbeSpec(probeSpec({ url: 'https://example.test/health', failureLimit: 3 }))).toEqual([]);
  });

  it('names every bad field with what is expected', () => {
    const problems = validateProbeSpec(
      probeSpec({
        name: 'web',
        url: 'ftp://example.test/',
        expectStatus: [],
        bodyMatch: { kind: 'regex', source: '(', flags: '' },
        successes: 0,
        failureLimit: 1.5,
        intervalMs: -1,
        requestTimeoutMs: 0,
        timeoutMs: Number.NaN,
      }),
    );
    expect(problems).toEqual([
      'Probe "web": URL "ftp://example.test/" uses ftp:; expected an absolute http:// or https:// URL.',
      'Probe "web": Expected statuses are empty; expected at least one code or range, e.g. "200", "200,204,300-399" or "2xx".',
      expect.stringMatching(/^Probe "web": Body pattern "\/\(\/" is not a valid regular expression/),
      'Probe "web": successes 0 is invalid; expected a whole number of at least 1.',
      'Probe "web": failureLimit 1.5 is invalid; expected a whole number of at least 1.',
      'Probe "web": intervalMs -1 is invalid; expected milliseconds, 0 or more.',
      'Probe "web": requestTimeoutMs 0 is invalid; expected milliseconds, more than 0.',
      'Probe "web": timeoutMs NaN is invalid; expected milliseconds, more than 0.',
    ]);
  });

  it('reports an unparsable URL', () => {
    expect(validateProbeSpec(probeSpec({ url: 'not a url' }))).toEqual([
      'Probe "api": URL "not a url" is not a valid URL; expected an absolute http:// or https:// URL.',
    ]);
  });
});
