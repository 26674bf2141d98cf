/**
 * The YAML parser the settings read YAML-valued inputs with (`yaml: true` in the input table). It is
 * injected, not imported, so the GitHub entry can fail bad input without loading a YAML library
 * when no such input is given (docs/decisions/0003-github-bundle-startup.md); `parseSettings` in
 * parse.ts gives the `yaml` package's `parse`.
 */

/** Parses YAML text; throws on invalid YAML (the `yaml` package's errors carry `linePos`). */
export type ParseYaml = (text: string) => unknown;

/** What a caller that loaded no YAML parser gives: reaching it is a bug (the table flag is missing). */
export const noYamlParser: ParseYaml = () => {
  throw new Error('internal: a YAML-valued input was parsed without a YAML parser');
};
