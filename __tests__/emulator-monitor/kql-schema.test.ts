/**
 * The result schema (column names and types) of every supported construct, checked against
 * Kusto.Language's own semantic analysis of the same query over the same table schema. The
 * evaluator uses the library only to parse, so this is an independent oracle for Kusto's naming
 * rules (count_, avg_duration, percentile_duration_95, bin keeping the column name, Column1, …)
 * and typing rules (long / real / int promotions, timespan and datetime arithmetic).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateKql, loadKqlParser, type KqlTable } from '../../src/emulator/monitor/kql/index.js';

const SCHEMA = [
  ['timestamp', 'datetime'],
  ['name', 'string'],
  ['success', 'bool'],
  ['resultCode', 'string'],
  ['duration', 'real'],
  ['itemCount', 'int'],
  ['customDimensions', 'dynamic'],
  ['application_Version', 'string'],
  ['n', 'long'],
  ['ts', 'timespan'],
] as const;

const requests: KqlTable = {
  name: 'requests',
  columns: SCHEMA.map(([name, type]) => ({ name, type })),
  rows: [
    ['2026-12-01T11:55:00Z', 'GET /', true, '200', 12.5, 1, { v: 'a' }, '1.2.0', 3, 60_000],
    ['2026-12-01T11:56:00Z', 'GET /a', false, '500', 40, 2, { v: 'b' }, '1.2.0', 4, 120_000],
  ],
};

/** Kusto.Language's analysis of `query` against the same schema: result columns and diagnostics. */
let analyze: (query: string) => { columns: string[]; diagnostics: string[] };

beforeAll(async () => {
  await loadKqlParser(); // installs the Kusto.Language globals
  const K = (globalThis as any).Kusto.Language;
  const schema = `(${SCHEMA.map(([n, t]) => `${n}:${t}`).join(', ')})`;
  const table = new K.Symbols.TableSymbol.$ctor7('requests', schema, null);
  const globals = K.GlobalState.Default.WithDatabase(new K.Symbols.DatabaseSymbol.$ctor3('db', null, [table], false));
  analyze = (query) => {
    const code = K.KustoCode.ParseAndAnalyze(query, globals);
    const diagnostics: string[] = [];
    const all = code.GetDiagnostics();
    for (let i = 0; i < all.Count; i++) diagnostics.push(all.getItem(i).Message);
    const columns: string[] = [];
    const result = code.ResultType?.Columns;
    for (let i = 0; i < (result?.Count ?? 0); i++) {
      const c = result.getItem(i);
      columns.push(`${c.Name}:${c.Type.Name}`);
    }
    return { columns, diagnostics };
  };
}, 60_000);

const NOW = Date.parse('2026-12-01T12:00:00Z');

function schemaOf(query: string): string[] {
  const t = evaluateKql(query, { tables: new Map([['requests', requests]]), now: NOW });
  return t.columns.map((c) => `${c.name}:${c.type}`);
}

const QUERIES = [
  // summarize naming and aggregate types
  'requests | summarize count(), countif(success == false), avg(duration), percentile(duration, 95), percentile(duration, 99.9)',
  'requests | summarize dcount(name), sum(itemCount), sum(n), sum(duration), sum(ts), min(timestamp), max(ts), avg(ts), avg(itemCount)',
  'requests | summarize percentile(itemCount, 50), percentile(n, 50), percentile(ts, 90), countif(success)',
  'requests | summarize count() by bin(timestamp, 1m), name',
  'requests | summarize count() by bin(timestamp, 1h), bin(timestamp, 1d)',
  'requests | summarize count(), count(), avg(duration), avg(duration)',
  'requests | summarize count() * 2, x = count() * 2, avg(duration) / 1000',
  'requests | summarize by tolower(name)',
  'requests | summarize by success, application_Version',
  'requests | summarize failed = countif(success == false), total = count() | extend rate = todouble(failed) / total * 100',
  // extend / project naming
  'requests | extend todouble(duration)',
  "requests | extend tostring(customDimensions.v), duration * 2, strcat(name, 'x')",
  "requests | extend customDimensions['v'], customDimensions['a b'], customDimensions.x.y",
  'requests | extend Column1 = 1 | extend duration * 2, duration * 3',
  'requests | project customDimensions.v, duration * 2, todouble(itemCount)',
  'requests | extend x = 1 | project x, y = x * 2',
  'requests | project toint(n), tobool(n), n2 = 1, x = 1, Column1 = 2, 3, 4',
  'requests | project tobool(n), n, toint(n), n = 5',
  'requests | summarize count(), count_ = count() by name, tolower(name)',
  // arithmetic and function result types
  'requests | project a = n / 2, b = itemCount / 2, c = itemCount + n, d = 1 / 2.0, e = ts / 2, f = ts / 1s',
  'requests | project g = timestamp - timestamp, h = now() - 1h, i = round(duration), j = round(n), k = round(itemCount, 1)',
  'requests | project l = bin(n, 5), m = bin(duration, 0.5), o = bin(itemCount, 2), p = bin(ts, 1m), w = floor(timestamp, 1d)',
  'requests | project r = -itemCount, s = iff(success, 1, 2.0), t = iff(success, itemCount, n), u = itemCount % 2, v = n % 2.5',
  'requests | project isempty(name), isnotempty(name), isnull(duration), not(success), tolong(duration), toint(n)',
  'requests | project ago(1h), now(), datetime(2026-01-01), 5m, strcat(name, 1), tostring(itemCount)',
  "requests | where name in ('a', 'b') and n !in (1) and name has 'x' | project name",
  'requests | project a = n between (1 .. 2), b = timestamp !between (ago(1h) .. 5m)',
  // other operators keep the schema
  'requests | top 3 by duration asc nulls first',
  'requests | order by timestamp desc, name asc | take 1',
  'requests | where success | count',
  "let v = '1.2.0'; let since = ago(10m); requests | where application_Version == v and timestamp > since | limit 5",
  'let recent = requests | where timestamp > ago(1h); recent | summarize count() by name',
];

describe('KQL result schema matches Kusto.Language analysis', () => {
  it.each(QUERIES)('%s', (query) => {
    const expected = analyze(query);
    expect(expected.diagnostics).toEqual([]);
    expect(schemaOf(query)).toEqual(expected.columns);
  });
});
