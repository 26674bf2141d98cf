/**
 * The template inputs: 'template' (ARM JSON, Bicep or a .bicepparam file), 'template-parameters'
 * (a deployment parameters file or a YAML map) and 'image-parameter'. An ARM JSON template is read
 * and checked here, before any call to Azure: it must be a template object and declare the image
 * parameter, and every parameter given must be one it declares. A Bicep file is compiled (and then
 * checked the same way) by the deploy stage before its first write (src/core/deploy/template/).
 * Problems name the input, the path and what is expected; a file's content is never echoed (a
 * template or parameters file may hold secrets).
 */
import { descriptorOf } from '../deploy/registry.js';
import { secureValues, templateProblems } from '../deploy/template/check.js';
import type { ReadTextFile } from './files.js';
import type { InputReader } from './reader.js';
import type { Strategy, TemplateKind, TemplateParameterValue, TemplateSettings } from './types.js';
import type { Problems } from './values.js';
import type { ParseYaml } from './yaml.js';

export interface TemplateContext {
  readonly strategy: Strategy;
  /** The stage that acts on the target ('deploy', 'rollback', 'verify'), when one runs. */
  readonly targetStage?: string;
  readonly readFile?: ReadTextFile;
}

type Parameters = Record<string, TemplateParameterValue>;

const KINDS: readonly [RegExp, TemplateKind][] = [
  [/\.json$/i, 'json'],
  [/\.bicep$/i, 'bicep'],
  [/\.bicepparam$/i, 'bicepparam'],
];
const EXPECTED_TEMPLATE =
  'expected an ARM JSON template (.json), a Bicep file (.bicep) or a Bicep parameters file (.bicepparam)';
/** ARM parameter names: Bicep identifiers (letters, digits, underscores; not a digit first). */
const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;

/** The template slice of the deploy settings; undefined when no template is given. */
export function parseTemplate(r: InputReader, c: TemplateContext): TemplateSettings | undefined {
  const descriptor = descriptorOf(c.strategy);
  // A strategy whose release is the template deployment needs one; rolling takes one optionally.
  const required = descriptor.template === 'release';
  const strategyKnown = !r.invalid('strategy');
  if (!r.given('template')) {
    if (required && strategyKnown && (c.targetStage === 'deploy' || c.targetStage === 'rollback'))
      r.problems.add(
        'template',
        `is required when stage '${c.targetStage}' runs with strategy '${c.strategy}'; ${EXPECTED_TEMPLATE}`,
      );
    else if (r.given('template-parameters'))
      r.problems.add('template-parameters', "is used with 'template' only; expected it empty without a template");
    return undefined;
  }
  if (strategyKnown && !descriptor.template) {
    r.problems.add(
      'template',
      `is not used by strategy '${c.strategy}'; expected it empty, or a strategy that deploys templates (see 'strategy')`,
    );
    return undefined;
  }
  const imageParameter = r.get('image-parameter', parseParameterName) ?? 'imageId';
  const template = r.get('template', (p, i, v) => readTemplate(p, i, v, c.readFile));
  const parameters = r.getYaml('template-parameters', (p, i, v, y) => parseParameters(p, i, v, y, c.readFile)) ?? {};
  if (!template) return undefined;
  const settings: TemplateSettings = { path: template.path, kind: template.kind, parameters, imageParameter };
  if (!template.json) return settings;
  if (!r.reported('image-parameter') && !r.reported('template-parameters')) {
    const where = `template '${template.path}'`;
    for (const problem of templateProblems(template.json, imageParameter, Object.keys(parameters), where))
      r.problems.add(problem.input, problem.message);
  }
  for (const v of secureValues(template.json, parameters)) r.secrets.add(v);
  return { ...settings, json: template.json };
}

function parseParameterName(p: Problems, input: string, raw: string): string | undefined {
  const v = raw.trim();
  return PARAMETER_NAME.test(v)
    ? v
    : p.bad(input, raw, 'is not a template parameter name; expected letters, digits and underscores, e.g. imageId');
}

interface ReadTemplate {
  readonly path: string;
  readonly kind: TemplateKind;
  readonly json?: Readonly<Record<string, unknown>>;
}

function readTemplate(p: Problems, input: string, raw: string, read?: ReadTextFile): ReadTemplate | undefined {
  const path = raw.trim();
  const kind = KINDS.find(([re]) => re.test(path))?.[1];
  if (!kind) return p.bad(input, path, `is not a template file; ${EXPECTED_TEMPLATE}`);
  if (!read) return { path, kind };
  const file = read(path);
  if (!file.ok) return p.bad(input, path, `cannot be read: ${file.reason}; ${EXPECTED_TEMPLATE}`);
  if (kind !== 'json') return { path, kind };
  const json = parseJson(p, input, path, file.text, 'an ARM template');
  if (!json) return undefined;
  if (!isRecord(json) || !('resources' in json)) {
    return p.bad(
      input,
      path,
      "is not an ARM template; expected a JSON object with '$schema', 'parameters' and 'resources' (the content is not shown)",
    );
  }
  return { path, kind, json };
}

/** A YAML map of name: value, or the path of a deployment parameters file (JSON). */
function parseParameters(
  p: Problems,
  input: string,
  raw: string,
  parseYaml: ParseYaml,
  read?: ReadTextFile,
): Parameters | undefined {
  const trimmed = raw.trim();
  let value: unknown;
  try {
    value = parseYaml(trimmed);
  } catch {
    value = undefined;
  }
  if (isRecord(value))
    return namesChecked(p, input, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, { value: v }])));
  if (/\.bicepparam$/i.test(trimmed))
    return p.bad(
      input,
      trimmed,
      "is a Bicep parameters file; expected it as 'template' (it names its template with 'using')",
    );
  if (!/\.json$/i.test(trimmed) || /\n/.test(trimmed)) {
    // Not echoed: a map of parameters may hold secrets.
    p.add(
      input,
      'is neither a YAML map nor a parameters file; expected name: value lines (or {name: value}) or the path of a deployment parameters file ending in .json (the value is not shown: it may hold secrets)',
    );
    return undefined;
  }
  if (!read) return p.bad(input, trimmed, 'cannot be read here; expected a parameters file this step can read');
  const file = read(trimmed);
  if (!file.ok) return p.bad(input, trimmed, `cannot be read: ${file.reason}; expected a deployment parameters file`);
  const json = parseJson(p, input, trimmed, file.text, 'a deployment parameters file');
  if (json === undefined) return undefined;
  const params = isRecord(json) ? json['parameters'] : undefined;
  if (!isRecord(params) || !Object.values(params).every((v) => isRecord(v) && ('value' in v || 'reference' in v))) {
    return p.bad(
      input,
      trimmed,
      "is not a deployment parameters file; expected JSON with 'parameters': {name: {value: …}} (the content is not shown)",
    );
  }
  return namesChecked(p, input, params as Parameters);
}

function namesChecked(p: Problems, input: string, params: Parameters): Parameters | undefined {
  const bad = Object.keys(params).filter((k) => !PARAMETER_NAME.test(k));
  for (const k of bad)
    p.add(input, `names parameter '${k}'; expected parameter names of letters, digits and underscores`);
  return bad.length > 0 ? undefined : params;
}

/** JSON.parse, with a problem that gives the line and column of a syntax error but never the text. */
function parseJson(p: Problems, input: string, path: string, text: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (err) {
    const at = /position (\d+)/.exec(err instanceof Error ? err.message : '');
    const where = at ? ` at ${lineColumn(text, Number(at[1]))}` : '';
    return p.bad(input, path, `is not valid JSON${where}; expected ${what} (the content is not shown)`);
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
