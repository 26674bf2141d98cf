/**
 * Where the strategies reach the live and preview side of a target. Azure names addresses this
 * runner may not reach (a load balancer's public IP, `*.azurewebsites.net`), so the live-url /
 * preview-url inputs win when given (used as they are, path included); otherwise the Azure-derived
 * base URL joined with warmup-path.
 */
import type { StageContext } from '../stages/stage.js';
import { joinUrl } from './http-gate.js';

export type EndpointRole = 'live' | 'preview';

export function endpointUrl(
  ctx: StageContext,
  role: EndpointRole,
  derivedBase: string | undefined,
): string | undefined {
  const given = role === 'live' ? ctx.settings.verify.liveUrl : ctx.settings.verify.previewUrl;
  if (given) return given;
  return derivedBase ? joinUrl(derivedBase, ctx.settings.deploy.warmupPath) : undefined;
}
