/**
 * The two things the GitHub runner's documented contract gives an action without @actions/core:
 * inputs as INPUT_* environment variables, and workflow commands (`::name key=value::message`) on
 * stdout. main.ts uses them to fail bad input before it loads @actions/core (whose OIDC client
 * brings undici); both behave exactly as the toolkit's `getInput` and `issueCommand`, which
 * __tests__/adapters/github-runner-io.test.ts checks against @actions/core itself.
 */

/**
 * `os.EOL`, without importing node:os: the bundle reaches each built-in through a `createRequire`,
 * whose path handling is enough to get a function optimised on a background thread (~2 MiB).
 */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/** GitHub names inputs as they appear in `with:`: the kebab-case name. */
export const githubNamer = (name: string): string => name;

/** `core.getInput(name)` (trimmed, not required); undefined when not given. */
export const githubRead = (name: string): string | undefined =>
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim() || undefined;

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command line, as the toolkit formats it (empty properties are left out). */
export function formatCommand(
  command: string,
  properties: Record<string, string | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string] => !!e[1])
    .map(([k, v]) => `${k}=${escapeProperty(v)}`);
  return `::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

export function issueCommand(command: string, properties: Record<string, string | undefined>, message: string): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}
