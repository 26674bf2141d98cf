/**
 * Result column names, as Kusto.Language's binder gives them: a name the query writes, else the
 * name inferred from the expression (scalar.ts, functions.ts, aggregates.ts), else Column1,
 * Column2, … skipping the input row's names. Two declarations of one name in an operator (a
 * written name or a bare column name, twice) are an error ("A column with the name 'x' is already
 * declared"); otherwise the later name gets a suffix (count_, count_1; n, n1; Column1, Column11).
 */
import { semanticError, type QueryText } from './errors.js';

export interface NameRequest {
  /** The name the query writes (`name = expr`). */
  readonly explicit?: string;
  /** The name the expression gives its column. */
  readonly inferred?: string;
  /** The expression is a bare column name (project and summarize declare that column). */
  readonly reference?: boolean;
  readonly at: number;
}

/** Names the columns one operator declares; `taken` holds the input row's names. */
export function nameColumns(
  q: QueryText,
  requests: readonly NameRequest[],
  policy: 'extend' | 'project',
  taken: ReadonlySet<string>,
): string[] {
  /** Name -> whether a declaration (not an inferred name) took it. */
  const declared = new Map<string, boolean>();
  let suffix = 1;
  const fresh = (): string => {
    while (taken.has(`Column${suffix}`)) suffix++;
    return `Column${suffix++}`;
  };
  return requests.map((request) => {
    let name = request.explicit ?? request.inferred ?? fresh();
    const declaration = request.explicit !== undefined || request.reference === true;
    if (declared.has(name)) {
      if (declaration && declared.get(name)) {
        throw semanticError(q, request.at, `A column with the name '${name}' is already declared`);
      }
      if (policy === 'extend') {
        // Kusto keeps the last of two inferred names; naming the columns says which one is meant.
        throw semanticError(q, request.at, `Two columns of this extend are named '${name}'; name them with '='`);
      }
      let n = 1;
      while (declared.has(`${name}${n}`)) n++;
      name = `${name}${n}`;
    }
    declared.set(name, declaration);
    return name;
  });
}
