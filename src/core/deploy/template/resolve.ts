/**
 * The template a run deploys: the ARM JSON read when the inputs were parsed, or the Bicep file
 * compiled now (once per run), held against the inputs again (the image parameter, the parameters
 * given) before any write. Values of secure parameters are masked from here on.
 */
import { EngineError } from '../../errors.js';
import { declaredParameters, secureValues, templateProblems } from './check.js';
import type { TemplateParameterValue, TemplateSettings } from '../../settings/types.js';
import type { StageContext } from '../../stages/stage.js';
import { compileBicep } from './bicep.js';

export interface ResolvedTemplate {
  /** The path as given, for messages. */
  readonly path: string;
  readonly template: Readonly<Record<string, unknown>>;
  /** The parameters of the inputs (a .bicepparam's, then 'template-parameters'), without the image parameter. */
  readonly parameters: Readonly<Record<string, TemplateParameterValue>>;
  /** The image parameter as the template spells it. */
  readonly imageParameter: string;
}

const resolved = new WeakMap<TemplateSettings, Promise<ResolvedTemplate>>();

/** The run's template (compiled on first use; the settings are frozen, so one compile serves the run). */
export function resolveTemplate(ctx: StageContext): Promise<ResolvedTemplate> {
  const settings = ctx.settings.deploy.template;
  if (!settings) throw new EngineError('input', "input 'template': is required here; expected a template file");
  let p = resolved.get(settings);
  if (!p) {
    p = resolve(ctx, settings);
    resolved.set(settings, p);
    p.catch(() => resolved.delete(settings));
  }
  return p;
}

async function resolve(ctx: StageContext, t: TemplateSettings): Promise<ResolvedTemplate> {
  let template = t.json;
  let base: Readonly<Record<string, TemplateParameterValue>> = {};
  if (!template && t.kind === 'json') {
    throw new EngineError(
      'input',
      `input 'template': '${t.path}' was not read when the inputs were parsed; expected an ARM JSON template this step can read`,
    );
  }
  if (!template) {
    const compiled = await compileBicep(ctx.deps.commands, t.path, t.kind === 'json' ? 'bicep' : t.kind, ctx.signal);
    ctx.deps.host.info(`Compiled ${t.path} with ${compiled.compiler}.`);
    template = compiled.template;
    base = compiled.parameters;
  }
  const parameters = { ...base, ...t.parameters };
  const problems = templateProblems(template, t.imageParameter, Object.keys(t.parameters), `template '${t.path}'`);
  if (problems.length > 0)
    throw new EngineError('input', problems.map((p) => `input '${p.input}': ${p.message}`).join('; '));
  for (const value of secureValues(template, parameters)) ctx.deps.host.setSecret(value);
  const imageParameter = declaredParameters(template).get(t.imageParameter.toLowerCase())!.name;
  const without = Object.fromEntries(
    Object.entries(parameters).filter(([k]) => k.toLowerCase() !== imageParameter.toLowerCase()),
  );
  return { path: t.path, template, parameters: without, imageParameter };
}
