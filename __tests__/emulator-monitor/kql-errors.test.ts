/**
 * What the emulator's KQL evaluator refuses, and how: syntax errors carry the parser's diagnostic
 * and position; unknown names, type errors and constructs outside the supported subset are
 * KqlErrors that name the construct and say what is supported, never an approximate answer.
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateKql,
  isKqlParserLoaded,
  KqlError,
  loadKqlParser,
  type KqlTable,
} from '../../src/emulator/monitor/kql/index.js';

const requests: KqlTable = {
  name: 'requests',
  columns: [
    { name: 'timestamp', type: 'datetime' },
    { name: 'name', type: 'string' },
    { name: 'success', type: 'bool' },
    { name: 'duration', type: 'real' },
    { name: 'itemCount', type: 'long' },
    { name: 'customDimensions', type: 'dynamic' },
  ],
  rows: [['2026-12-01T11:59:00Z', 'GET /', true, 12, 0, { n: 5, s: 'x', o: { a: 1 } }]],
};

function refusal(query: string): KqlError {
  try {
    evaluateKql(query, { tables: new Map([['requests', requests]]), now: Date.parse('2026-12-01T12:00:00Z') });
  } catch (e) {
    expect(e).toBeInstanceOf(KqlError);
    return e as KqlError;
  }
  throw new Error(`'${query}' was answered, not refused`);
}

describe('before the parser is loaded', () => {
  it('evaluateKql says to load it first; loadKqlParser loads it once', async () => {
    expect(isKqlParserLoaded()).toBe(false);
    expect(() => evaluateKql('requests', { tables: new Map(), now: 0 })).toThrow(/loadKqlParser/);
    await Promise.all([loadKqlParser(), loadKqlParser()]);
    expect(isKqlParserLoaded()).toBe(true);
  }, 60_000);
});

describe('syntax errors', () => {
  it.each([
    ['requests | where', 'line 1, column 17'],
    ['requests | summarize count(', 'line 1, column 28'],
    ['requests\n| where success ==\n| count', 'line 2, column 19'],
    ['requests | where name == "x', 'line 1, column 28'],
  ])('%j is refused with the diagnostic at %s', (query, position) => {
    const e = refusal(query);
    expect(e.code).toBe('BadArgumentError');
    expect(e.message).toMatch(/^Syntax error: .+ \(KS\d+\) at /);
    expect(e.message).toContain(position);
  });
});

describe('unsupported constructs name themselves and what is supported', () => {
  it.each([
    ['requests | join (requests) on name', "The 'join' operator (JoinOperator)"],
    ['requests | union requests', "The 'union' operator"],
    ['requests | project-away name', "The 'project-away' operator"],
    ['requests | distinct name', "The 'distinct' operator"],
    ['requests | mv-expand customDimensions', "The 'mv-expand' operator"],
    ['requests | render timechart', "The 'render' operator"],
    ['requests | summarize hint.strategy=shuffle count() by name', "A parameter of 'summarize'"],
  ])('%s', (query, what) => {
    const e = refusal(query);
    expect(e.code).toBe('SemanticError');
    expect(e.message).toContain(what);
    expect(e.message).toContain(
      'it supports the operators where, extend, project, summarize, take/limit, sort/order by, top and count',
    );
  });

  it.each([
    ['requests | extend l = strlen(name)', "The function 'strlen()'"],
    ['requests | summarize make_list(name)', "The function 'make_list()'"],
    ['requests | summarize arg_max(timestamp, *)', "The function 'arg_max()'"],
  ])('%s', (query, what) => {
    const e = refusal(query);
    expect(e.message).toContain(what);
    expect(e.message).toMatch(
      /it supports the functions ago, now, .*todouble.* and the aggregations count, countif, sum, avg, min, max, percentile, dcount/,
    );
  });

  it.each([
    ["requests | where name has_any ('a', 'b')", "The expression 'name has_any ('a', 'b')' (HasAnyExpression)"],
    ["requests | where name matches regex 'a.*'", '(MatchesRegexExpression)'],
    ['print 1', "A query starting with 'print'"],
    ['requests | take 1; requests', 'A query with more than one result table'],
    ['let f = (x: long) { x + 1 }; requests', '(FunctionDeclaration)'],
    ['requests | extend x = customDimensions[name]', "The index 'name'"],
    ['requests | extend tostring(timestamp)', 'their text form is not emulated'],
    ['requests | where name in (requests | project name)', "The expression 'requests | project name' (PipeExpression)"],
  ])('%s', (query, what) => {
    expect(refusal(query).message).toContain(what);
  });
});

describe('semantic errors', () => {
  it.each([
    ['traces | count', "Failed to resolve table expression named 'traces' (at line 1, column 1)"],
    ['requests | where nme == 1', "Failed to resolve scalar expression named 'nme' (at line 1, column 18)"],
    ["requests | where name = 'x'", "compare with '=='"],
    ["requests | where name < 'b'", "The operator '<' is not defined for the operand types string and string"],
    [
      "requests | where duration contains '5'",
      "The operator 'contains' is not defined for the operand types real and string",
    ],
    [
      "requests | where timestamp > '2026-01-01'",
      "The operator '>' is not defined for the operand types datetime and string",
    ],
    ['requests | where duration', 'The where predicate must have the type bool, not real'],
    ['requests | extend c = count()', "'count()' is an aggregation function: use it in summarize"],
    ['requests | summarize duration', 'A summarize aggregate reads columns only inside an aggregation function'],
    ['requests | summarize x = 1', 'A summarize aggregate must call an aggregation function'],
    ['requests | summarize count() by customDimensions', "The value of type 'dynamic' is not allowed"],
    ['requests | summarize percentile(duration, itemCount)', 'expects a constant percentile between 0 and 100'],
    ['requests | project a = 1, a = 2', "A column with the name 'a' is already declared"],
    ['requests | project name, name', "A column with the name 'name' is already declared"],
    ['requests | extend todouble(itemCount), toint(itemCount)', "Two columns of this extend are named 'itemCount'"],
    ["requests | extend iff(success, 'a', 1)", 'branches have different types: string and long'],
    ['requests | take itemCount', 'The row count must be a constant, non-negative integer'],
    ['requests | extend x = name.y', 'Member access needs a dynamic value'],
    ['requests | sort by customDimensions', 'Sorting by a dynamic value is not supported'],
    ['requests | extend x = ago(5)', "'ago()' expects a timespan, not long"],
    ['requests | extend x = round(duration, itemCount)', 'constant integer precision'],
    ['requests | extend x = iff(success)', "'iff()' takes 3 arguments, not 1"],
    ["requests | where name between ('a' .. 'b')", "'between' is not defined for string between (string .. string)"],
    ['let name = 1; requests | where name == 1', "'name' names both a column and a let value"],
  ])('%s', (query, message) => {
    const e = refusal(query);
    expect(e.code).toBe('SemanticError');
    expect(e.message).toContain(message);
  });
});

describe('values the emulator does not guess', () => {
  it('refuses an integer division by zero, suggesting todouble()', () => {
    expect(refusal('requests | extend x = 1 / itemCount').message).toContain(
      "Integer division by zero in '/'; convert an operand with todouble()",
    );
  });

  it.each([
    [
      "requests | where customDimensions.n == '5'",
      "'==' compares a dynamic number with a string; convert it with tostring()",
    ],
    [
      'requests | where customDimensions.s > 1',
      "'>' compares a dynamic string with a long; convert it with todouble()",
    ],
    ["requests | where customDimensions.o == 'x'", "'==' compares a dynamic property bag with a string"],
  ])('%s', (query, message) => {
    expect(refusal(query).message).toContain(message);
  });
});
