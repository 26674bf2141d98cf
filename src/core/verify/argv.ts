/**
 * Turns the `verify-command` input into an argv array, without a shell: either a YAML/JSON flow
 * list (`['./smoke.sh', '--env', 'prod']`) or one line split the way a POSIX shell splits words —
 * whitespace separates, 'single quotes' keep everything literally, "double quotes" keep spaces and
 * honour \\ \" \$ \` escapes, a backslash outside quotes escapes the next character. Nothing is
 * expanded ($VAR, globs, ~) and operators (|, &&, >, ;) are refused rather than passed as words.
 */
import type { ParseYaml } from '../settings/yaml.js';

export type ArgvResult = { ok: true; argv: string[] } | { ok: false; error: string };

export function parseArgv(raw: string, parseYaml: ParseYaml): ArgvResult {
  const text = raw.trim();
  if (text === '') return { ok: false, error: 'is empty; expected a command, e.g. ./smoke.sh --env prod' };
  if (text.startsWith('[') || text.startsWith('- ')) return fromList(text, parseYaml);
  return splitWords(text);
}

function fromList(text: string, parseYaml: ParseYaml): ArgvResult {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (err) {
    return { ok: false, error: `is not a valid YAML/JSON list (${(err as Error).message.split('\n')[0]})` };
  }
  if (!Array.isArray(value) || value.length === 0) return { ok: false, error: 'is not a non-empty list of arguments' };
  if (value.some((v) => v === null || typeof v === 'object'))
    return { ok: false, error: 'has an argument that is not a string or number; expected a flat list' };
  return { ok: true, argv: value.map(String) };
}

const OPERATORS = new Set(['|', '||', '&', '&&', ';', '>', '>>', '<', '<<', '2>', '2>&1']);

function splitWords(text: string): ArgvResult {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  const bare: boolean[] = [];
  let wordBare = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && i + 1 < text.length && '\\"$`'.includes(text[i + 1]!)) word += text[++i];
      else word += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
      wordBare = false;
    } else if (c === '\\') {
      if (i + 1 >= text.length) return { ok: false, error: 'ends with a lone backslash' };
      const next = text[++i]!;
      if (next !== '\n') word += next;
      inWord = true;
      wordBare = false;
    } else if (/\s/.test(c)) {
      if (inWord) {
        words.push(word);
        bare.push(wordBare);
      }
      word = '';
      inWord = false;
      wordBare = true;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) return { ok: false, error: `has an unclosed ${quote === "'" ? 'single' : 'double'} quote` };
  if (inWord) {
    words.push(word);
    bare.push(wordBare);
  }
  const op = words.find((w, i) => bare[i] && OPERATORS.has(w));
  if (op)
    return {
      ok: false,
      error: `uses the shell operator '${op}', but the command runs without a shell; put a script in the repository and run that`,
    };
  return { ok: true, argv: words };
}
