/**
 * The remote-access gate of verify: flags a scale set that SSH (22) or RDP (3389) can reach from
 * the Internet through its network security rules, whose Linux profile allows password login, or
 * whose instances get public IPs. `deny` fails the verify; `warn` reports; `allow` skips the check.
 *
 * NSG evaluation follows Azure: the inbound rules of an NSG (user and default) are taken in
 * priority order and the first one matching Internet traffic to the port decides. NSGs on the NIC
 * configuration and on the subnet both apply; traffic gets in only if every one that applies allows it.
 */
import type {
  DeployCallOptions,
  NetworkSecurityPort,
  ScaleSetInfo,
  SecurityRuleInfo,
} from '../azure/scale-set-port.js';
import type { RemoteAccessGate } from '../settings/types.js';
import type { TargetCheck } from './strategy.js';

const INTERNET_SOURCES = new Set(['*', 'internet', '0.0.0.0/0', '0.0.0.0/00', 'any', '::/0']);
const REMOTE_PORTS = [
  { port: 22, name: 'SSH' },
  { port: 3389, name: 'RDP' },
] as const;

export async function remoteAccessCheck(
  net: NetworkSecurityPort,
  info: ScaleSetInfo,
  gate: RemoteAccessGate,
  options: DeployCallOptions,
): Promise<TargetCheck | undefined> {
  if (gate === 'allow') return undefined;
  const findings: string[] = [];
  const nsgIds = [...info.network.nsgIds];
  for (const subnetId of info.network.subnetIds) {
    const id = await net.subnetSecurityGroupId(subnetId, options);
    if (id) nsgIds.push(id);
  }
  const groups = [];
  for (const id of [...new Set(nsgIds.map((i) => i.toLowerCase()))]) {
    const nsg = await net.getSecurityGroup(id, options);
    if (nsg) groups.push(nsg);
  }
  for (const { port, name } of REMOTE_PORTS) {
    if (groups.length === 0) {
      // No NSG filters anything: only a public IP makes the port reachable (reported below).
      if (info.network.publicIpPerInstance)
        findings.push(`${name} (${port}) is not filtered by any network security group`);
      continue;
    }
    const allowing = groups.map((g) => ({ g, rule: decidingRule(g.rules, port) }));
    if (allowing.every((a) => a.rule?.access.toLowerCase() === 'allow')) {
      const rules = allowing.map((a) => `${a.rule!.name} in ${lastSegment(a.g.id)}`).join(', ');
      findings.push(`${name} (${port}) is open to the Internet (${rules})`);
    }
  }
  if (info.linuxPasswordAuth)
    findings.push('the Linux profile allows password authentication (disablePasswordAuthentication is not true)');
  if (info.network.publicIpPerInstance)
    findings.push('instances get public IP addresses (publicIPAddressConfiguration)');
  const detail =
    findings.length === 0
      ? 'no SSH/RDP from the Internet, no password login, no public instance IPs'
      : findings.join('; ');
  return {
    name: 'remote access',
    passed: findings.length === 0 || gate === 'warn',
    warning: findings.length > 0 && gate === 'warn',
    detail,
  };
}

/** The first inbound rule, by priority, that matches Internet TCP traffic to `port`. */
export function decidingRule(rules: readonly SecurityRuleInfo[], port: number): SecurityRuleInfo | undefined {
  return [...rules]
    .filter((r) => r.direction.toLowerCase() === 'inbound')
    .sort((a, b) => a.priority - b.priority)
    .find(
      (r) =>
        ['*', 'tcp'].includes(r.protocol.toLowerCase()) &&
        r.sourcePrefixes.some((s) => INTERNET_SOURCES.has(s.toLowerCase())) &&
        r.destinationPorts.some((p) => coversPort(p, port)),
    );
}

function coversPort(range: string, port: number): boolean {
  const r = range.trim();
  if (r === '*') return true;
  const m = /^(\d+)(?:-(\d+))?$/.exec(r);
  if (!m) return false;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return port >= lo && port <= hi;
}

const lastSegment = (id: string) => id.split('/').filter(Boolean).at(-1) ?? id;
