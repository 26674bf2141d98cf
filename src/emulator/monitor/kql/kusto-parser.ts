/**
 * The Kusto.Language parser (`@kusto/language-service-next`, Microsoft's own KQL parser compiled to
 * JavaScript with Bridge.NET), loaded on the first query: it adds about 5 MB of script, 0.3 s and
 * 70 MB to the process, which the emulator pays only when something queries logs.
 *
 * Only the syntax tree is used (no semantic analysis: that needs the full function catalogue, a
 * further 0.5 s). This module is the only one that touches Bridge objects; syntax.ts reads the tree
 * through the small `KustoNode` view below.
 */
import { describePosition } from './errors.js';
import { KqlError } from './types.js';

/** The part of Kusto.Language's SyntaxElement this evaluator reads. */
export interface KustoNode {
  readonly Kind: number;
  readonly IsToken: boolean;
  readonly IsMissing: boolean;
  readonly ChildCount: number;
  readonly TextStart: number;
  readonly End: number;
  /** Token text (tokens only). */
  readonly Text?: string;
  /** The name a NameReference / NameDeclaration stands for (brackets and quotes removed). */
  readonly SimpleName?: string;
  /** The decoded value of a literal (strings, dynamic literals). */
  readonly LiteralValue?: unknown;
  GetChild(index: number): KustoNode | null;
  GetName(index: number): string | null;
}

interface Diagnostic {
  readonly Code: string;
  readonly Message: string;
  readonly Start: number;
  readonly Severity: string;
}

interface KustoGlobals {
  readonly Kusto: {
    readonly Language: {
      readonly Parsing: { readonly QueryParser: { ParseQuery$1(text: string): KustoRoot } };
      readonly Syntax: { readonly SyntaxKind: Record<string, unknown> };
    };
  };
  readonly System: { readonly Linq: { readonly Enumerable: { from(list: unknown): { ToArray(): Diagnostic[] } } } };
}

interface KustoRoot extends KustoNode {
  GetContainedSyntaxDiagnostics(): unknown;
}

interface LoadedParser {
  readonly globals: KustoGlobals;
  /** SyntaxKind number -> name, e.g. 'FilterOperator'. */
  readonly kindNames: ReadonlyMap<number, string>;
}

let loaded: LoadedParser | undefined;
let loading: Promise<LoadedParser> | undefined;

/** Loads the parser once (dynamic import, so a bundle keeps it in a chunk of its own). */
export function loadKustoParser(): Promise<void> {
  loading ??= (async () => {
    // Order matters: the second script runs against the `Bridge` global the first one installs.
    await import('@kusto/language-service-next/bridge.min.js');
    await import('@kusto/language-service-next/Kusto.Language.Bridge.min.js');
    const globals = globalThis as unknown as KustoGlobals;
    const kindNames = new Map<number, string>();
    for (const [name, value] of Object.entries(globals.Kusto.Language.Syntax.SyntaxKind)) {
      if (typeof value === 'number') kindNames.set(value, name);
    }
    loaded = { globals, kindNames };
    return loaded;
  })();
  return loading.then(() => undefined);
}

export function isKustoParserLoaded(): boolean {
  return loaded !== undefined;
}

export interface ParsedQuery {
  readonly root: KustoNode;
  /** SyntaxKind name of a node, e.g. 'PipeExpression', 'GreaterThanExpression'. */
  kindOf(node: KustoNode): string;
}

/** Parses `text`; a syntax error becomes a KqlError with the parser's diagnostic and its position. */
export function parseKusto(text: string): ParsedQuery {
  if (!loaded) {
    throw new Error('The KQL parser is not loaded yet: await loadKqlParser() (or use evaluateKqlAsync) first.');
  }
  const { globals, kindNames } = loaded;
  const root = globals.Kusto.Language.Parsing.QueryParser.ParseQuery$1(text);
  const diagnostics = globals.System.Linq.Enumerable.from(root.GetContainedSyntaxDiagnostics()).ToArray();
  const first = diagnostics.find((d) => d.Severity === 'Error');
  if (first) {
    throw new KqlError(`Syntax error: ${first.Message} (${first.Code}) at ${describePosition(text, first.Start)}`);
  }
  return { root, kindOf: (node) => kindNames.get(node.Kind) ?? `SyntaxKind ${node.Kind}` };
}
