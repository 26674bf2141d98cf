/**
 * A template held against the inputs, the same whether it was read as ARM JSON when the inputs were
 * parsed or compiled from Bicep before the first write: it declares the image parameter (a string),
 * and every parameter the inputs give is one it declares (Azure refuses the others at validation:
 * "The following parameters were supplied, but do not correspond to any parameters defined in the
 * template"). ARM matches parameter names case-insensitively. A leaf module: the settings use it.
 */
import { didYouMean } from '../../settings/values.js';

export interface TemplateProblem {
  readonly input: 'image-parameter' | 'template-parameters';
  readonly message: string;
}

interface Declared {
  readonly name: string;
  readonly type: string;
}

/** The parameters a template declares, by lower-case name. */
export function declaredParameters(template: Readonly<Record<string, unknown>>): Map<string, Declared> {
  const raw = template['parameters'];
  const out = new Map<string, Declared>();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [name, d] of Object.entries(raw as Record<string, unknown>)) {
    const type = d && typeof d === 'object' ? String((d as Record<string, unknown>)['type'] ?? '') : '';
    out.set(name.toLowerCase(), { name, type: type.toLowerCase() });
  }
  return out;
}

/** Every mismatch between the template and the inputs, each naming the input at fault; `where`: "template 'web.json'". */
export function templateProblems(
  template: Readonly<Record<string, unknown>>,
  imageParameter: string,
  given: readonly string[],
  where: string,
): TemplateProblem[] {
  const declared = declaredParameters(template);
  const names = [...declared.values()].map((d) => d.name);
  const problems: TemplateProblem[] = [];
  const image = declared.get(imageParameter.toLowerCase());
  if (!image) {
    problems.push({
      input: 'image-parameter',
      message: `'${imageParameter}' is not a parameter of ${where}${didYouMean(imageParameter, names)}; expected the name of the string parameter that receives the gallery image version id (it declares ${names.length} parameter(s))`,
    });
  } else if (image.type !== 'string') {
    problems.push({
      input: 'image-parameter',
      message: `'${image.name}' is a parameter of type '${image.type || 'none'}' in ${where}; expected a string parameter (it receives the gallery image version id)`,
    });
  }
  for (const name of given) {
    if (declared.has(name.toLowerCase())) continue;
    problems.push({
      input: 'template-parameters',
      message: `'${name}' is not a parameter of ${where}${didYouMean(name, names)}; expected only parameters the template declares`,
    });
  }
  return problems;
}

/**
 * The values given for the template's secureString / secureObject parameters: masked in every log.
 * (Bicep templates are known only once compiled: the deploy stage registers theirs then.)
 */
export function secureValues(
  template: Readonly<Record<string, unknown>>,
  parameters: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): string[] {
  const secure = new Set(
    [...declaredParameters(template).entries()]
      .filter(([, d]) => /^secure(string|object)$/.test(d.type))
      .map(([k]) => k),
  );
  return Object.entries(parameters).flatMap(([k, v]) => {
    if (!secure.has(k.toLowerCase()) || !('value' in v) || v['value'] === undefined || v['value'] === null) return [];
    const value = v['value'];
    return [typeof value === 'string' ? value : JSON.stringify(value)].filter((s) => s.length > 0);
  });
}
