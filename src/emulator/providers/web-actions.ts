import { ArmError, badRequest, resourceNotFound } from '../errors.js';
import type { Router } from '../router.js';
import type { Json } from '../state.js';
import type { ArmRequest, Reply } from '../types.js';
import { trackSimOperation } from '../sim/lro-bridge.js';
import { SimOperation } from '../sim/timeline.js';
import { PRODUCTION, SwapConflictError } from '../sim/app-service.js';
import { SITE_PATH, SLOT_PATH, requireSlot, type WebRoute } from './web-target.js';
import { SLOT_TYPE } from './web-view.js';

/**
 * Restart, slot swap (LRO) and swap with preview (applySlotConfig / resetSlotConfig) for the
 * production site and for slots. The slot in the URL is the swap's source; `targetSlot` in the
 * CsmSlotEntity body is its destination.
 */
export function registerWebActions(router: Router, route: WebRoute): void {
  router.addAll([
    route('POST', `${SITE_PATH}/restart`, 'WebApps_Restart', restart),
    route('POST', `${SLOT_PATH}/restart`, 'WebApps_RestartSlot', restart),
    route('POST', `${SITE_PATH}/slotsswap`, 'WebApps_SwapSlotWithProduction', swap),
    route('POST', `${SLOT_PATH}/slotsswap`, 'WebApps_SwapSlot', swap),
    route('POST', `${SITE_PATH}/applySlotConfig`, 'WebApps_ApplySlotConfigToProduction', applySlotConfig),
    route('POST', `${SLOT_PATH}/applySlotConfig`, 'WebApps_ApplySlotConfigurationSlot', applySlotConfig),
    route('POST', `${SITE_PATH}/resetSlotConfig`, 'WebApps_ResetProductionSlotConfig', resetSlotConfig),
    route('POST', `${SLOT_PATH}/resetSlotConfig`, 'WebApps_ResetSlotConfigurationSlot', resetSlotConfig),
  ]);
}

/**
 * `synchronous=true` blocks until the app has restarted (WebApps_Restart: "Specify true to block
 * until the app is restarted"); otherwise the answer comes at once and the restart goes on.
 */
async function restart(req: ArmRequest): Promise<Reply> {
  const ref = requireSlot(req);
  const op = ref.site.restart(ref.slot.name);
  if (req.query.get('synchronous')?.toLowerCase() === 'true') await untilDone(req, op);
  return { status: 200 };
}

/** Waits in real time (bounded) while simulated time runs the operation to its end. */
async function untilDone(req: ArmRequest, op: SimOperation): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    req.emu.scheduler.runDue();
    if (op.done || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Source (URL) and destination (`targetSlot`) of a swap; both must exist and differ. */
function swapPair(req: ArmRequest) {
  const ref = requireSlot(req);
  const target = (req.body as Json | undefined)?.['targetSlot'];
  if (typeof target !== 'string' || target.length === 0) {
    throw badRequest('BadRequest', "The parameter 'targetSlot' is required.", 'targetSlot');
  }
  const targetName = target.toLowerCase();
  if (!ref.site.slot(targetName))
    throw resourceNotFound(SLOT_TYPE, `${ref.siteRes.body['name']}/${targetName}`, req.params['resourceGroupName']);
  if (targetName === ref.slot.name)
    throw badRequest('BadRequest', `Cannot swap slot '${targetName}' with itself.`, 'targetSlot');
  return { ref, target: targetName };
}

function swap(req: ArmRequest): Reply {
  const { ref, target } = swapPair(req);
  // An injected lro-failed stands for a swap that failed: nothing is exchanged (as a Failed swap
  // leaves both slots as they were), rather than a Failed status over a swap that still happens.
  const op =
    req.lroFault?.kind === 'lro-failed'
      ? SimOperation.completed(req.emu.clock.now())
      : guard(() => ref.site.swap(ref.slot.name, target));
  const record = trackSimOperation(req, op, {
    resourceId: ref.siteRes.id,
    location: String(ref.siteRes.body['location']),
    result: () => ({ status: 200 }),
    onSuccess: () => {
      const status = {
        timestampUtc: new Date(req.emu.clock.now()).toISOString(),
        sourceSlotName: ref.slot.name,
        destinationSlotName: target,
      };
      for (const name of [ref.slot.name, target]) {
        const res = req.emu.state.get(name === PRODUCTION ? ref.siteRes.id : `${ref.siteRes.id}/slots/${name}`);
        if (res) res.meta['slotSwapStatus'] = status;
      }
    },
  });
  return { status: 202, headers: req.emu.lro.headers(req, record) };
}

function applySlotConfig(req: ArmRequest): Reply {
  const { ref, target } = swapPair(req);
  guard(() => ref.site.applySlotConfig(ref.slot.name, target));
  req.emu.state.touch();
  return { status: 200 };
}

function resetSlotConfig(req: ArmRequest): Reply {
  const ref = requireSlot(req);
  const pending = ref.site.pending;
  if (pending && (pending.source === ref.slot.name || pending.target === ref.slot.name)) ref.site.resetSlotConfig();
  req.emu.state.touch();
  return { status: 200 };
}

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SwapConflictError) throw new ArmError(409, 'Conflict', e.message);
    throw e;
  }
}
