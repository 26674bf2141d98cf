/**
 * AppServicePort on @azure/arm-appservice, loaded lazily on first use. Every call runs with the
 * run's signal and, when given, gives up after `timeoutMs` (what is left of 'deploy-timeout'):
 * a swap whose operation never ends stops at the rollout's deadline, classified transient.
 */
import type { WebSiteManagementClient } from '@azure/arm-appservice';
import { PRODUCTION_SLOT, type AppServicePort, type SlotInfo, type SlotRef } from '../core/azure/app-service-port.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { orUndefined } from './errors.js';
import { DEFAULT_POLL_MS } from './image-sdk.js';
import { call } from './scale-sets.js';

const RUN_FROM_PACKAGE = 'WEBSITE_RUN_FROM_PACKAGE';
const isProduction = (slot: string) => slot.toLowerCase() === PRODUCTION_SLOT;
const label = (r: SlotRef) => (isProduction(r.slot) ? `site ${r.site}` : `slot ${r.slot} of site ${r.site}`);

export function appServicePort(conn: AzureConnection): AppServicePort {
  const web = clientsFor(conn).web;
  const { lro } = clientsFor(conn);

  const appSettings = async (r: SlotRef, signal: AbortSignal): Promise<Record<string, string>> => {
    const c = await web();
    const d = isProduction(r.slot)
      ? await c.webApps.listApplicationSettings(r.resourceGroup, r.site, { abortSignal: signal })
      : await c.webApps.listApplicationSettingsSlot(r.resourceGroup, r.site, r.slot, { abortSignal: signal });
    return { ...(d.properties ?? {}) };
  };
  const configOf = async (c: WebSiteManagementClient, r: SlotRef, signal: AbortSignal) =>
    isProduction(r.slot)
      ? c.webApps.getConfiguration(r.resourceGroup, r.site, { abortSignal: signal })
      : c.webApps.getConfigurationSlot(r.resourceGroup, r.site, r.slot, { abortSignal: signal });

  return {
    pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,

    getSlot: (r, o) =>
      call(`reading ${label(r)}`, o, async (signal) => {
        const c = await web();
        const site = await orUndefined(() =>
          isProduction(r.slot)
            ? c.webApps.get(r.resourceGroup, r.site, { abortSignal: signal })
            : c.webApps.getSlot(r.resourceGroup, r.site, r.slot, { abortSignal: signal }),
        );
        if (!site) return undefined;
        const config = await configOf(c, r, signal);
        const settings = await appSettings(r, signal);
        const pkg = settings[RUN_FROM_PACKAGE];
        return {
          ...r,
          slot: isProduction(r.slot) ? PRODUCTION_SLOT : r.slot.toLowerCase(),
          id: site.id!,
          location: site.location ?? '',
          state: site.state ?? undefined,
          defaultHostName: site.defaultHostName ?? undefined,
          hostNames: [...(site.hostNames ?? [])],
          linuxFxVersion: config.linuxFxVersion || site.siteConfig?.linuxFxVersion || undefined,
          runFromPackage: pkg && pkg !== '0' ? pkg : undefined,
          tags: { ...(site.tags ?? {}) },
          rampUp: (config.experiments?.rampUpRules ?? []).map((x) => ({
            name: x.name ?? '',
            actionHostName: x.actionHostName ?? '',
            percent: x.reroutePercentage ?? 0,
          })),
        } satisfies SlotInfo;
      }),

    listSlots: (resourceGroup, site, o) =>
      call(`listing the slots of site ${site}`, o, async (signal) => {
        const c = await web();
        const exists = await orUndefined(() => c.webApps.get(resourceGroup, site, { abortSignal: signal }));
        if (!exists) return undefined;
        const names: string[] = [];
        for await (const s of c.webApps.listSlots(resourceGroup, site, { abortSignal: signal }))
          names.push(String(s.name).split('/').pop()!);
        return names;
      }),

    setArtifact: (r, artifact, o) =>
      call(`pointing ${label(r)} at the new artifact`, o, async (signal) => {
        const c = await web();
        if (artifact.containerImage !== undefined) {
          const fx = `DOCKER|${artifact.containerImage}`;
          const settings = await appSettings(r, signal);
          const config = await configOf(c, r, signal);
          const pkgSet = settings[RUN_FROM_PACKAGE] !== undefined && settings[RUN_FROM_PACKAGE] !== '0';
          if (config.linuxFxVersion === fx && !pkgSet) return false;
          // A run-from-package setting would win over the image: drop it first.
          if (pkgSet) {
            const rest = { ...settings };
            delete rest[RUN_FROM_PACKAGE];
            await putSettings(c, r, rest, signal);
          }
          if (config.linuxFxVersion !== fx) {
            if (isProduction(r.slot))
              await c.webApps.updateConfiguration(
                r.resourceGroup,
                r.site,
                { linuxFxVersion: fx },
                { abortSignal: signal },
              );
            else
              await c.webApps.updateConfigurationSlot(
                r.resourceGroup,
                r.site,
                r.slot,
                { linuxFxVersion: fx },
                { abortSignal: signal },
              );
          }
          return true;
        }
        const settings = await appSettings(r, signal);
        if (settings[RUN_FROM_PACKAGE] === artifact.packageUrl) return false;
        await putSettings(c, r, { ...settings, [RUN_FROM_PACKAGE]: artifact.packageUrl }, signal);
        return true;
      }),

    restart: (r, o) =>
      call(`restarting ${label(r)}`, o, async (signal) => {
        const c = await web();
        if (isProduction(r.slot))
          await c.webApps.restart(r.resourceGroup, r.site, { synchronous: true, abortSignal: signal });
        else await c.webApps.restartSlot(r.resourceGroup, r.site, r.slot, { synchronous: true, abortSignal: signal });
      }),

    swap: (source, targetSlot, o) =>
      call(`swapping ${label(source)} into ${targetSlot}`, o, async (signal) => {
        const c = await web();
        const entity = { targetSlot, preserveVnet: true };
        if (isProduction(source.slot))
          await c.webApps.swapSlotWithProduction(source.resourceGroup, source.site, entity, lro(signal));
        else await c.webApps.swapSlot(source.resourceGroup, source.site, source.slot, entity, lro(signal));
      }),

    applySlotConfig: (source, targetSlot, o) =>
      call(`applying the ${targetSlot} configuration to ${label(source)} (swap with preview)`, o, async (signal) => {
        const c = await web();
        const entity = { targetSlot, preserveVnet: true };
        if (isProduction(source.slot))
          await c.webApps.applySlotConfigToProduction(source.resourceGroup, source.site, entity, {
            abortSignal: signal,
          });
        else
          await c.webApps.applySlotConfigurationSlot(source.resourceGroup, source.site, source.slot, entity, {
            abortSignal: signal,
          });
      }),

    resetSlotConfig: (source, o) =>
      call(`resetting the configuration of ${label(source)}`, o, async (signal) => {
        const c = await web();
        if (isProduction(source.slot))
          await c.webApps.resetProductionSlotConfig(source.resourceGroup, source.site, { abortSignal: signal });
        else
          await c.webApps.resetSlotConfigurationSlot(source.resourceGroup, source.site, source.slot, {
            abortSignal: signal,
          });
      }),

    setRampUp: (r, rule, o) =>
      call(`routing ${rule.percent}% of site ${r.site} to ${rule.actionHostName}`, o, async (signal) => {
        const c = await web();
        const config = await c.webApps.getConfiguration(r.resourceGroup, r.site, { abortSignal: signal });
        const rules = config.experiments?.rampUpRules ?? [];
        const others = rules.filter((x) => x.name !== rule.name);
        const mine = rules.find((x) => x.name === rule.name);
        const want = rule.percent > 0;
        const same = want
          ? mine?.reroutePercentage === rule.percent && mine.actionHostName === rule.actionHostName
          : !mine;
        if (same) return false;
        const next = want
          ? [...others, { name: rule.name, actionHostName: rule.actionHostName, reroutePercentage: rule.percent }]
          : others;
        // PATCH: the rest of the site's config stays as it is.
        await c.webApps.updateConfiguration(
          r.resourceGroup,
          r.site,
          { experiments: { rampUpRules: next } },
          { abortSignal: signal },
        );
        return true;
      }),
  };
}

async function putSettings(
  c: WebSiteManagementClient,
  r: SlotRef,
  settings: Record<string, string>,
  signal: AbortSignal,
): Promise<void> {
  if (isProduction(r.slot))
    await c.webApps.updateApplicationSettings(
      r.resourceGroup,
      r.site,
      { properties: settings },
      { abortSignal: signal },
    );
  else
    await c.webApps.updateApplicationSettingsSlot(
      r.resourceGroup,
      r.site,
      r.slot,
      { properties: settings },
      { abortSignal: signal },
    );
}
