/**
 * The built-in `--world demo`: the world file below, kept as text so that the guide, the README and
 * `immutable-deploy emulator world demo` show exactly what the emulator loads.
 */
import { parse } from 'yaml';
import { validateWorld, type World } from './world.js';

export const DEMO_WORLD_YAML = `name: demo
location: westeurope
resourceGroup: rg-demo
gallery:
  name: demogallery
  images:
    - name: web
      versions: [1.0.0, 2.0.0, 3.0.0]
    - name: api
      versions: [1.0.0, 2.0.0]
targets:
  # web-blue live on 1.0.0 behind web-lb (rule live :80 -> web-blue, rule preview :8081 -> web-green)
  - name: web
    strategy: blue-green
    image: web
    version: 1.0.0
    capacity: 2
    livePort: 80
    previewPort: 8081
  # scale set api (Rolling upgrade policy) on 1.0.0 behind api-lb (rule live :80)
  - name: api
    strategy: rolling
    image: api
    version: 1.0.0
    capacity: 4
    upgradeMode: Rolling
  # web app shop running shop:1.0.0 in production and in its staging slot
  - name: shop
    strategy: slot-swap
    container: contoso.azurecr.io/shop:1.0.0
    slot: staging
monitoring:
  # Application Insights component appi-demo (table requests) and Log Analytics workspace log-demo
  # (table AppRequests) receive the requests of every target. No load until you start some:
  #   immutable-deploy emulator load web --rps 10
  components:
    - name: appi-demo
  workspaces:
    - name: log-demo
`;

/** Built-in worlds by name (`--world demo`); anything else is read as a file. */
export function builtInWorld(name: string): World | undefined {
  if (name !== 'demo') return undefined;
  return validateWorld(parse(DEMO_WORLD_YAML), 'demo (built in)');
}
