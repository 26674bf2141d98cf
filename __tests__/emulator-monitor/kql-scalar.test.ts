/**
 * Scalar expressions of the emulator's KQL evaluator, each checked against the example or rule on
 * its learn.microsoft.com page: comparisons and nulls, and/or, arithmetic types, in, the string
 * operators' case rules, literals, conversions, iff, round, bin, dynamic member access.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateKql, loadKqlParser, type KqlTable } from '../../src/emulator/monitor/kql/index.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');

/** One row with a value of every type, and nulls. */
const T: KqlTable = {
  name: 'T',
  columns: [
    { name: 's', type: 'string' },
    { name: 'e', type: 'string' },
    { name: 'n', type: 'long' },
    { name: 'i', type: 'int' },
    { name: 'r', type: 'real' },
    { name: 'b', type: 'bool' },
    { name: 'nb', type: 'bool' },
    { name: 'nl', type: 'long' },
    { name: 't', type: 'datetime' },
    { name: 'ts', type: 'timespan' },
    { name: 'd', type: 'dynamic' },
  ],
  rows: [
    [
      'FabriKam',
      null,
      7,
      2,
      2.5,
      true,
      null,
      null,
      '2026-12-01T11:57:40.250Z',
      90_000,
      { k: 'v', num: 5, arr: [10, 20, 30], obj: { a: 1 }, 'a b': 'spaced' },
    ],
  ],
};

function evaluate(expr: string): { value: unknown; type: string } {
  const t = evaluateKql(`T | project x = ${expr}`, { tables: new Map([['T', T]]), now: NOW });
  return { value: t.rows[0]![0], type: t.columns[0]!.type };
}
const value = (expr: string): unknown => evaluate(expr).value;

beforeAll(() => loadKqlParser(), 60_000);

describe('comparisons', () => {
  it.each([
    ['n == 7', true],
    ['i == 2.0', true],
    ['n != 7', false],
    ['r < 3', true],
    ['r <= 2.5', true],
    ['n > i', true],
    ['n >= 8', false],
    ['t > datetime(2026-12-01 11:57)', true],
    ['ts < 2m', true],
    ["s == 'FabriKam'", true],
    ["s == 'fabrikam'", false],
    ["s != 'fabrikam'", true],
    ["s =~ 'FABRIKAM'", true],
    ["s !~ 'fabrikam'", false],
    ['b == true', true],
  ])('%s is %s', (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });

  // https://learn.microsoft.com/kusto/query/scalar-data-types/null-values
  it.each([
    ['nl == 1', false],
    ['nl != 1', true],
    ['nl == nl', null],
    ['nl != nl', null],
    ['nl > 1', null],
    ['nl < 1', null],
  ])('with a null: %s is %s', (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });
});

describe('logic', () => {
  // https://learn.microsoft.com/kusto/query/logical-operators: "bool(null) and true" is false,
  // "bool(null) or true" is true.
  it.each([
    ['b and n > 1', true],
    ['b and n > 10', false],
    ['nb and true', false],
    ['nb or true', true],
    ['nb or false', false],
    ['not(b)', false],
    ['not(n > 10)', true],
    ['not(nb)', null],
  ])('%s is %s', (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });
});

describe('arithmetic', () => {
  // https://learn.microsoft.com/kusto/query/numerical-operators
  it.each([
    ['n / 2', 3, 'long'],
    ['-n / 2', -3, 'long'],
    ['i + i', 4, 'long'],
    ['r / 2', 1.25, 'real'],
    ['1 / 2', 0, 'long'],
    ['1.0 / 2', 0.5, 'real'],
    ['real(1) / 2', 0.5, 'real'],
    ['14 % 12', 2, 'long'],
    ['-14 % 12', 10, 'long'],
    ['14 % -12', 2, 'long'],
    ['-14 % -12', 10, 'long'],
    ['r / 0', Infinity, 'real'],
    ['nl + 1', null, 'long'],
    ['-i', -2, 'long'],
  ])('%s is %s (%s)', (expr, expected, type) => {
    expect(evaluate(expr)).toEqual({ value: expected, type });
  });

  // https://learn.microsoft.com/kusto/query/datetime-timespan-arithmetic
  it.each([
    ['t - t', 0, 'timespan'],
    ['t + 1h', '2026-12-01T12:57:40.250Z', 'datetime'],
    ['t - 1d', '2026-11-30T11:57:40.250Z', 'datetime'],
    ['now() - t', 139_750, 'timespan'],
    ['ts * 2', 180_000, 'timespan'],
    ['2 * ts', 180_000, 'timespan'],
    ['ts / 2', 45_000, 'timespan'],
    ['ts / 1s', 90, 'real'],
    ['ts + 30s', 120_000, 'timespan'],
  ])('%s is %s (%s)', (expr, expected, type) => {
    expect(evaluate(expr)).toEqual({ value: expected, type });
  });
});

describe('in', () => {
  it.each([
    ["s in ('a', 'FabriKam')", true],
    ["s in ('fabrikam')", false],
    ["s in~ ('fabrikam')", true],
    ["s !in ('fabrikam')", true],
    ["s !in~ ('fabrikam')", false],
    ['n in (1, 7.0)', true],
    ['n !in (1, 2)', true],
    ['nl in (1)', false],
    ['nl !in (1)', true],
    ["d.k in ('v', 'w')", true],
  ])('%s is %s', (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });
});

describe('between', () => {
  // https://learn.microsoft.com/kusto/query/between-operator: inclusive; a datetime range may end with a length.
  it.each([
    ['n between (1 .. 7)', true],
    ['n between (7.5 .. 10)', false],
    ['n !between (1 .. 7)', false],
    ['r between (2.5 .. 2.5)', true],
    ['t between (datetime(2026-12-01 11:57) .. datetime(2026-12-01 11:58))', true],
    ['t between (datetime(2026-12-01 11:57) .. 30s)', false],
    ['t between (datetime(2026-12-01 11:57) .. 1m)', true],
    ['ts between (1m .. 2m)', true],
    ['nl between (1 .. 2)', false],
    ['nl !between (1 .. 2)', false],
  ])('%s is %s', (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });
});

describe('string operators follow the documented case rules', () => {
  // https://learn.microsoft.com/kusto/query/datatypes-string-operators (its examples, and terms).
  it.each([
    ["'FabriKam' contains 'BRik'", true],
    ["'Fabrikam' !contains 'xyz'", true],
    ["'FabriKam' contains_cs 'Kam'", true],
    ["'Fabrikam' contains_cs 'Kam'", false],
    ["'Fabrikam' !contains_cs 'Kam'", true],
    ["'Fabrikam' startswith 'fab'", true],
    ["'Fabrikam' startswith_cs 'fab'", false],
    ["'Fabrikam' !startswith 'kam'", true],
    ["'Fabrikam' endswith 'Kam'", true],
    ["'Fabrikam' endswith_cs 'Kam'", false],
    ["'Fabrikam' !endswith 'brik'", true],
    ["'North America' has 'america'", true],
    ["'North America' has 'ameri'", false],
    ["'North America' !has 'amer'", true],
    ["'North America' has_cs 'America'", true],
    ["'North America' has_cs 'america'", false],
    ["'North America' hasprefix 'ameri'", true],
    ["'North America' hasprefix 'merica'", false],
    ["'North America' hassuffix 'rica'", true],
    ["'North America' hassuffix 'Ameri'", false],
    ["'GET /api/orders?id=5' has 'api'", true],
    ["'GET /api/orders?id=5' has 'orders?id'", true],
    ["'GET /apiv2' has 'api'", false],
    ["d.k contains 'V'", true],
  ])('%s is %s', (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });
});

describe('literals, now() and ago()', () => {
  it.each([
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['30s', 30_000],
    ['1d', 86_400_000],
    ['100ms', 100],
    ['1.5h', 5_400_000],
    ['2min', 120_000],
    ['time(1.02:03:04)', 93_784_000],
    ['timespan(00:00:01.5)', 1500],
    ['timespan(2d)', 172_800_000],
    ['time(null)', null],
  ])('timespan %s is %s ms', (expr, expected) => {
    expect(evaluate(expr)).toEqual({ value: expected, type: 'timespan' });
  });

  it.each([
    ['datetime(2026-01-02)', '2026-01-02T00:00:00.000Z'],
    ['datetime(2026-01-02 03:04)', '2026-01-02T03:04:00.000Z'],
    ['datetime(2026-01-02T03:04:05.123Z)', '2026-01-02T03:04:05.123Z'],
    ['datetime(null)', null],
    ['now()', '2026-12-01T12:00:00.000Z'],
    ['now(-1h)', '2026-12-01T11:00:00.000Z'],
    ['ago(10m)', '2026-12-01T11:50:00.000Z'],
    ['ago(1d)', '2026-11-30T12:00:00.000Z'],
  ])('%s is %s', (expr, expected) => {
    expect(evaluate(expr)).toEqual({ value: expected, type: 'datetime' });
  });

  it.each([
    ['0x1F', 31, 'long'],
    ['long(null)', null, 'long'],
    ['int(5)', 5, 'int'],
    ['1e3', 1000, 'real'],
    ['bool(null)', null, 'bool'],
    ['\'a\' "b"', 'ab', 'string'],
    ["@'c:\\x'", 'c:\\x', 'string'],
    ['dynamic({"a": [1, 2]})', { a: [1, 2] }, 'dynamic'],
  ])('%s is %j (%s)', (expr, expected, type) => {
    expect(evaluate(expr)).toEqual({ value: expected, type });
  });
});

describe('conversions and scalar functions', () => {
  it.each([
    ["todouble('1.5')", 1.5, 'real'],
    ["todouble('abc')", null, 'real'],
    ['todouble(n)', 7, 'real'],
    ['toreal(b)', 1, 'real'],
    ['toint(2.7)', 2, 'int'],
    ['toint(-2.7)', -2, 'int'],
    ["tolong('42')", 42, 'long'],
    ['tolong(ts)', 900_000_000, 'long'],
    ['tostring(n)', '7', 'string'],
    ['tostring(b)', 'true', 'string'],
    ['tostring(nl)', '', 'string'],
    ['tostring(d.k)', 'v', 'string'],
    ['tostring(d.obj)', '{"a":1}', 'string'],
    ["tobool('TRUE')", true, 'bool'],
    ['tobool(0)', false, 'bool'],
    ["tobool('yes')", null, 'bool'],
    ["iff(n > 5, 'big', 'small')", 'big', 'string'],
    ['iif(nb, 1, 2)', 2, 'long'],
    ['iff(b, i, 2.5)', 2, 'real'],
    ['isempty(e)', true, 'bool'],
    ['isnotempty(s)', true, 'bool'],
    ['isempty(nl)', true, 'bool'],
    ['isnull(e)', false, 'bool'],
    ['isnull(nl)', true, 'bool'],
    ['isnotnull(n)', true, 'bool'],
    ["strcat(s, '-', n, '-', r, '-', b)", 'FabriKam-7-2.5-true', 'string'],
    ['tolower(s)', 'fabrikam', 'string'],
    ['toupper(s)', 'FABRIKAM', 'string'],
  ])('%s is %j (%s)', (expr, expected, type) => {
    expect(evaluate(expr)).toEqual({ value: expected, type });
  });

  // https://learn.microsoft.com/kusto/query/round-function (its examples).
  it.each([
    ['round(2.98765, 3)', 2.988],
    ['round(2.15, 1)', 2.2],
    ['round(2.15)', 2],
    ['round(-50.55, -2)', -100],
    ['round(21.5, -1)', 20],
  ])('%s is %s', (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });

  // https://learn.microsoft.com/kusto/query/bin-function: rounds down to a multiple of the bin size.
  it.each([
    ['bin(4.5, 1)', 4, 'real'],
    ['bin(n, 5)', 5, 'long'],
    ['bin(-n, 5)', -10, 'long'],
    ['bin(ts, 1m)', 60_000, 'timespan'],
    ['bin(t, 1m)', '2026-12-01T11:57:00.000Z', 'datetime'],
    ['bin(t, 1h)', '2026-12-01T11:00:00.000Z', 'datetime'],
    ['floor(t, 1d)', '2026-12-01T00:00:00.000Z', 'datetime'],
    // Bins count from 0001-01-01, a Monday: 2026-12-01 is a Tuesday, so its 7d bin starts on Monday 11-30.
    ['bin(t, 7d)', '2026-11-30T00:00:00.000Z', 'datetime'],
    ['bin(n, 0)', null, 'long'],
    ['bin(nl, 5)', null, 'long'],
  ])('%s is %s (%s)', (expr, expected, type) => {
    expect(evaluate(expr)).toEqual({ value: expected, type });
  });
});

describe('dynamic member access', () => {
  it.each([
    ['d.k', 'v'],
    ["d['k']", 'v'],
    ["d['a b']", 'spaced'],
    ['d.arr[1]', 20],
    ['d.arr[-1]', 30],
    ['d.obj.a', 1],
    ['d.absent', null],
    ['d.absent.deeper', null],
    ["d.k == 'v'", true],
    ['d.num > 4', true],
    ['toint(d.num) + 1', 6],
  ])('%s is %j', (expr, expected) => {
    expect(value(expr)).toEqual(expected);
  });
});
