/**
 * The App Service the slot-swap analysis and canary end-to-end tests release to: web app `shop`
 * with a `staging` slot on 1.0.0, its Application Insights component `shop-ai`, and the deploy
 * inputs both tests share (probe timings in emulator time, live and preview URLs).
 */
import { LOCATION, RG, poll, type Harness } from '../emulator-deploy/helpers.js';

export const shopImage = (tag: string) => `registry.example/shop:${tag}`;

export function shopSite(h: Harness) {
  const siteId = () => `${h.rgId}/providers/Microsoft.Web/sites/shop`;
  const aiId = () => `${h.rgId}/providers/Microsoft.Insights/components/shop-ai`;
  return {
    siteId,
    aiId,
    /** The web app and its staging slot, both serving 1.0.0. */
    async create(): Promise<void> {
      const siteConfig = { linuxFxVersion: `DOCKER|${shopImage('1.0.0')}` };
      await h.web.webApps.createOrUpdate(RG, 'shop', { location: LOCATION, siteConfig }, poll);
      await h.web.webApps.createOrUpdateSlot(RG, 'shop', 'staging', { location: LOCATION, siteConfig }, poll);
    },
    /** A slot-swap release of 2.0.0 (`stages` and the gates or steps are the caller's). */
    inputs(): Record<string, string> {
      return {
        'resource-group': RG,
        strategy: 'slot-swap',
        'app-service': 'shop',
        'container-image': shopImage('2.0.0'),
        'warmup-path': '/healthz',
        'probe-interval': '2s',
        'probe-timeout': '6h',
        'probe-request-timeout': '30s',
        'live-url': `${h.emu.control.urlFor(siteId())!}/healthz`,
        'preview-url': `${h.emu.control.urlFor(siteId(), 'staging')!}/healthz`,
        'deploy-timeout': '1d',
      };
    },
    /** The version production serves now (the emulator's app answers it as JSON). */
    async serving(): Promise<string> {
      const res = await fetch(h.emu.control.urlFor(siteId())!);
      return String(((await res.json()) as { version?: string }).version);
    },
  };
}
