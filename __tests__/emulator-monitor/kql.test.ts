/**
 * The emulator's KQL evaluator, operator by operator, over small in-memory tables: the analysis
 * gate's queries (failure rate of a new version since its release, latency percentiles per minute)
 * and the documented edge cases (summarize over no rows, nulls in sort and where, bin rounding).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateKql,
  evaluateKqlAsync,
  loadKqlParser,
  type KqlTable,
  type KqlType,
} from '../../src/emulator/monitor/kql/index.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const ago = (minutes: number): string => new Date(NOW - minutes * 60_000).toISOString();

const COLUMNS: [string, KqlType][] = [
  ['timestamp', 'datetime'],
  ['name', 'string'],
  ['success', 'bool'],
  ['resultCode', 'string'],
  ['duration', 'real'],
  ['itemCount', 'int'],
  ['application_Version', 'string'],
  ['cloud_RoleInstance', 'string'],
  ['customDimensions', 'dynamic'],
];

function table(name: string, columns: [string, KqlType][], rows: unknown[][]): KqlTable {
  return { name, columns: columns.map(([n, type]) => ({ name: n, type })), rows };
}

/** Twelve minutes of traffic: 1.1.0 until the release 8 minutes ago, then 1.2.0, one of its four failing. */
const REQUESTS = table('requests', COLUMNS, [
  [ago(12), 'GET /', true, '200', 10, 1, '1.1.0', 'vm0', { slot: 'blue' }],
  [ago(11), 'GET /', false, '500', 250, 1, '1.1.0', 'vm1', { slot: 'blue' }],
  [ago(9.5), 'GET /api', true, '200', 20, 1, '1.1.0', 'vm0', { slot: 'blue' }],
  [ago(7.9), 'GET /', true, '200', 12, 1, '1.2.0', 'vm2', { slot: 'green' }],
  [ago(6), 'GET /api', false, '503', 900, 1, '1.2.0', 'vm3', { slot: 'green' }],
  [ago(4.2), 'GET /api', true, '200', 30, 2, '1.2.0', 'vm2', { slot: 'green' }],
  [ago(1), 'GET /', true, '200', 14, 1, '1.2.0', 'vm3', { slot: 'green' }],
]);

function run(query: string, tables: KqlTable[] = [REQUESTS]): KqlTable {
  return evaluateKql(query, { tables: new Map(tables.map((t) => [t.name, t])), now: NOW });
}

const schema = (t: KqlTable): string[] => t.columns.map((c) => `${c.name}:${c.type}`);

beforeAll(() => loadKqlParser(), 60_000);

describe('the analysis gate query', () => {
  const GATE =
    "requests | where timestamp > ago(10m) | where application_Version == '1.2.0' " +
    '| summarize failed = countif(success == false), total = count() | extend rate = todouble(failed) / total * 100';

  it('gives the failure rate of the new version since the release', () => {
    const t = run(GATE);
    expect(t.name).toBe('PrimaryResult');
    expect(schema(t)).toEqual(['failed:long', 'total:long', 'rate:real']);
    expect(t.rows).toEqual([[1, 4, 25]]);
  });

  it('gives one row of zeros when the new version has no traffic yet (summarize without by on no rows)', () => {
    const t = run(GATE, [table('requests', COLUMNS, [])]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.slice(0, 2)).toEqual([0, 0]);
    expect(Number.isNaN(t.rows[0]![2])).toBe(true); // 0.0 / 0: real division is IEEE
  });

  it('divides integers as integers, as Kusto does when todouble() is left out', () => {
    const t = run(GATE.replace('todouble(failed)', 'failed'));
    expect(schema(t)).toEqual(['failed:long', 'total:long', 'rate:long']);
    expect(t.rows).toEqual([[1, 4, 0]]);
  });

  it('answers over AppRequests (the workspace table) by the same rules', () => {
    const app = { ...REQUESTS, name: 'AppRequests' };
    const t = run('AppRequests | where success == false | summarize count() by application_Version', [app]);
    expect(t.rows).toEqual([
      ['1.1.0', 1],
      ['1.2.0', 1],
    ]);
  });
});

describe('where', () => {
  it('keeps the rows whose predicate is true', () => {
    const t = run("requests | where duration > 100 and name == 'GET /api' | project duration");
    expect(t.rows).toEqual([[900]]);
  });

  it('drops rows whose predicate is null', () => {
    const t = run('T | where v > 1', [table('T', [['v', 'long']], [[1], [null], [2]])]);
    expect(t.rows).toEqual([[2]]);
  });
});

describe('extend and project', () => {
  it('appends new columns and replaces an existing one in place', () => {
    const t = run(
      'requests | take 1 | extend duration = duration * 2, slot = tostring(customDimensions.slot), ms = 1s / 1ms',
    );
    expect(schema(t)).toEqual([...COLUMNS.map(([n, ty]) => `${n}:${ty}`), 'slot:string', 'ms:real']);
    expect(t.rows[0]!.slice(4, 5)).toEqual([20]);
    expect(t.rows[0]!.slice(-2)).toEqual(['blue', 1000]);
  });

  it('projects, renames and computes columns in the order written', () => {
    const t = run(
      'requests | take 2 | project code = resultCode, duration, slow = duration > 100, customDimensions.slot',
    );
    expect(schema(t)).toEqual(['code:string', 'duration:real', 'slow:bool', 'customDimensions_slot:dynamic']);
    expect(t.rows).toEqual([
      ['200', 10, false, 'blue'],
      ['500', 250, true, 'blue'],
    ]);
  });

  it('writes datetimes as ISO 8601 text and timespans as milliseconds', () => {
    const t = run('requests | take 1 | project timestamp, age = now() - timestamp, window = 90s');
    expect(schema(t)).toEqual(['timestamp:datetime', 'age:timespan', 'window:timespan']);
    expect(t.rows).toEqual([[ago(12), 12 * 60_000, 90_000]]);
  });
});

describe('take, limit, sort, order, top, count', () => {
  const T = table(
    'T',
    [
      ['k', 'string'],
      ['v', 'long'],
    ],
    [
      ['a', 2],
      ['b', null],
      ['c', 3],
      ['d', 2],
      ['e', 1],
    ],
  );
  const keys = (query: string): unknown[] => run(query, [T]).rows.map((r) => r[0]);

  it('takes the first rows (take and limit)', () => {
    expect(keys('T | take 2')).toEqual(['a', 'b']);
    expect(keys('T | limit 0')).toEqual([]);
    expect(keys('T | take 99')).toHaveLength(5);
  });

  it('sorts descending by default with nulls last, ascending with nulls first, stably', () => {
    expect(keys('T | sort by v')).toEqual(['c', 'a', 'd', 'e', 'b']);
    expect(keys('T | order by v asc')).toEqual(['b', 'e', 'a', 'd', 'c']);
    expect(keys('T | order by v asc nulls last')).toEqual(['e', 'a', 'd', 'c', 'b']);
    expect(keys('T | sort by v desc nulls first, k asc')).toEqual(['b', 'c', 'a', 'd', 'e']);
  });

  it('takes the top rows by an expression', () => {
    expect(keys('T | top 2 by v')).toEqual(['c', 'a']);
    expect(keys('T | top 2 by v * -1 asc')).toEqual(['b', 'c']);
  });

  it('counts rows into one Count column', () => {
    const t = run('T | where isnotnull(v) | count', [T]);
    expect(schema(t)).toEqual(['Count:long']);
    expect(t.rows).toEqual([[4]]);
  });
});

describe('summarize', () => {
  it('groups by bin(timestamp, 1m), rounding down and keeping the column name', () => {
    const t = run(
      "requests | where application_Version == '1.2.0' | summarize n = count() by bin(timestamp, 1m) | order by timestamp asc",
    );
    expect(schema(t)).toEqual(['timestamp:datetime', 'n:long']);
    expect(t.rows).toEqual([
      [ago(8), 1],
      [ago(6), 1],
      [ago(5), 1],
      [ago(1), 1],
    ]);
  });

  it('computes every aggregation by group, ignoring nulls', () => {
    const T = table(
      'T',
      [
        ['g', 'string'],
        ['v', 'int'],
        ['s', 'timespan'],
      ],
      [
        ['x', 1, 1000],
        ['x', 3, null],
        ['x', null, 3000],
        ['y', 10, 500],
      ],
    );
    const t = run(
      'T | summarize count(), countif(v > 1), sum(v), avg(v), min(v), max(v), dcount(v), sum(s), avg(s) by g',
      [T],
    );
    expect(schema(t)).toEqual([
      'g:string',
      'count_:long',
      'countif_:long',
      'sum_v:long',
      'avg_v:real',
      'min_v:int',
      'max_v:int',
      'dcount_v:long',
      'sum_s:timespan',
      'avg_s:timespan',
    ]);
    expect(t.rows).toEqual([
      ['x', 3, 1, 4, 2, 1, 3, 2, 4000, 2000],
      ['y', 1, 1, 10, 10, 10, 10, 1, 500, 500],
    ]);
  });

  it('takes nearest-rank percentiles', () => {
    const T = table('T', [['v', 'long']], [[5], [1], [9], [3], [7], [2], [10], [4], [8], [6]]);
    const t = run(
      'T | summarize percentile(v, 0), percentile(v, 50), percentile(v, 95), percentile(v, 99.9), percentile(v, 100)',
      [T],
    );
    expect(schema(t)).toEqual([
      'percentile_v_0:long',
      'percentile_v_50:long',
      'percentile_v_95:long',
      'percentile_v_99_9:long',
      'percentile_v_100:long',
    ]);
    expect(t.rows).toEqual([[1, 5, 10, 10, 10]]);
  });

  it('gives p95 latency per instance and wraps aggregations in scalar expressions', () => {
    const t = run(
      'requests | summarize p95 = percentile(duration, 95), errorPct = 100.0 * countif(success == false) / count() by cloud_RoleInstance | order by cloud_RoleInstance asc',
    );
    expect(t.rows).toEqual([
      ['vm0', 20, 0],
      ['vm1', 250, 100],
      ['vm2', 30, 0],
      ['vm3', 900, 50],
    ]);
  });

  it('on no rows gives one row of defaults without by (0 for count, countif, dcount, sum; null for the rest) and no rows with by', () => {
    const empty = table(
      'T',
      [
        ['v', 'long'],
        ['k', 'string'],
      ],
      [],
    );
    const t = run(
      'T | summarize count(), countif(v > 0), dcount(v), sum(v), avg(v), min(v), max(v), percentile(v, 50)',
      [empty],
    );
    expect(t.rows).toEqual([[0, 0, 0, 0, null, null, null, null]]);
    expect(run('T | summarize count() by k', [empty]).rows).toEqual([]);
    expect(run('T | summarize by k', [empty]).rows).toEqual([]);
  });

  it('lists distinct by-values when no aggregation is given', () => {
    const t = run(
      'requests | summarize by application_Version, success | order by application_Version asc, success asc',
    );
    expect(t.rows).toEqual([
      ['1.1.0', false],
      ['1.1.0', true],
      ['1.2.0', false],
      ['1.2.0', true],
    ]);
  });
});

describe('let statements', () => {
  it('binds scalars (a release time, a version) and tables', () => {
    const t = run(
      "let release = ago(8m); let version = '1.2.0'; let since = requests | where timestamp >= release; " +
        'since | where application_Version == version | count',
    );
    expect(t.rows).toEqual([[4]]);
  });

  it('lets a name stand for a table', () => {
    expect(run('let r = requests; r | count').rows).toEqual([[7]]);
  });
});

it('loads the parser on demand through evaluateKqlAsync', async () => {
  const t = await evaluateKqlAsync('requests | count', { tables: new Map([['requests', REQUESTS]]), now: NOW });
  expect(t.rows).toEqual([[7]]);
});
