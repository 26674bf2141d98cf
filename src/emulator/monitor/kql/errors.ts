/** KqlError builders that point at the construct in the query text. */
import { KqlError } from './types.js';

/** The query text, kept to turn offsets into line and column in messages. */
export interface QueryText {
  readonly text: string;
}

/** A query that names something the tables or the language do not have, or mixes types. */
export function semanticError(q: QueryText, at: number, message: string): KqlError {
  return new KqlError(`${message} (at ${describePosition(q.text, at)})`, 'SemanticError');
}

/** A valid KQL construct that this evaluator does not implement: says what it does implement. */
export function unsupported(q: QueryText, at: number, what: string, supported: string): KqlError {
  return new KqlError(
    `${what} is not supported by the emulator's KQL evaluator (at ${describePosition(q.text, at)}); ` +
      `it supports ${supported}.`,
    'SemanticError',
  );
}

/** "line 1, column 43" for an offset into the query text. */
export function describePosition(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `line ${line}, column ${column}`;
}
