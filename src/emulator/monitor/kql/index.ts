/**
 * The emulator's KQL evaluator: the supported subset of the Kusto Query Language over in-memory
 * tables, for the Application Insights / Log Analytics query APIs. Anything outside the subset is
 * refused with a KqlError that names it, never answered approximately.
 *
 * The parser (Kusto.Language) is loaded on first use with a dynamic import. `evaluateKql` is
 * synchronous, as the contract in types.ts says, so it needs the parser loaded already: a route
 * awaits `loadKqlParser()` once (or calls `evaluateKqlAsync`, which does both).
 */
import { isKustoParserLoaded, loadKustoParser, parseKusto } from './kusto-parser.js';
import { evaluateQuery } from './evaluate.js';
import { toQuery } from './syntax.js';
import type { EvaluateKql, KqlContext, KqlTable } from './types.js';

export { KqlError } from './types.js';
export type { EvaluateKql, KqlColumn, KqlContext, KqlTable, KqlType } from './types.js';

export const evaluateKql: EvaluateKql = (query, ctx) => {
  const q = { text: query };
  return evaluateQuery(toQuery(parseKusto(query), q), q, ctx);
};

/** Loads the KQL parser (about 0.3 s and 70 MB the first time; free afterwards). */
export function loadKqlParser(): Promise<void> {
  return loadKustoParser();
}

/** Whether evaluateKql can run now, without awaiting loadKqlParser(). */
export function isKqlParserLoaded(): boolean {
  return isKustoParserLoaded();
}

/** Loads the parser if needed, then evaluates. */
export async function evaluateKqlAsync(query: string, ctx: KqlContext): Promise<KqlTable> {
  await loadKustoParser();
  return evaluateKql(query, ctx);
}
