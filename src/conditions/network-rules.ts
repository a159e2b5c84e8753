import type { Problem } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import { parseCidr, type Cidr } from './cidr.js';

/**
 * One allow rule in a common shape, whatever the cloud: an AWS security group permission,
 * an Azure NSG security rule (Allow only), a GCP firewall `allowed` entry (enabled only).
 * `peer` is the source of an inbound rule and the destination of an outbound one.
 */
export interface NetworkRule {
  owner: string;
  direction: 'inbound' | 'outbound';
  protocol: string;
  from: number;
  to: number;
  peer: { cidr: Cidr } | { group: string };
}

const ALL_PORTS = { from: 0, to: 65535 };
const PROTOCOLS: Record<string, string> = { '-1': 'all', '*': 'all', all: 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };
const protocolOf = (p: unknown) => PROTOCOLS[String(p).toLowerCase()] ?? String(p).toLowerCase();
const list = (v: unknown): Item[] => (Array.isArray(v) ? (v as Item[]) : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)]);

/** `22`, `20-25`, `*` -> a port range; undefined when unreadable. */
export function parsePortRange(text: string): { from: number; to: number } | undefined {
  if (text === '*' || text === '') return ALL_PORTS;
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to && to <= 65535 ? { from, to } : undefined;
}

/** Items are shared by every flow of a scan: normalise each one's rules once. */
const normalised = new WeakMap<Item, NetworkRule[]>();

/** Every allow rule of an item that is a group, or of the groups an item has (via an addon). */
export function rulesOf(item: Item): NetworkRule[] {
  let rules = normalised.get(item);
  if (!rules) {
    rules = readRules(item);
    normalised.set(item, rules);
  }
  return rules;
}

function readRules(item: Item): NetworkRule[] {
  if (Array.isArray(item.IpPermissions) || Array.isArray(item.IpPermissionsEgress)) return awsRules(item);
  if (Array.isArray(item.SecurityGroups)) return list(item.SecurityGroups).flatMap((group) => rulesOf(group));
  const properties = item.properties as Item | undefined;
  if (properties && Array.isArray(properties.securityRules)) return azureRules(String(item.name ?? item.id), list(properties.securityRules));
  const data = ((item.resource as Item | undefined)?.data as Item | undefined) ?? item;
  if (Array.isArray(data.allowed)) return gcpRules(data);
  return [];
}

function awsRules(group: Item): NetworkRule[] {
  const owner = String(group.GroupId ?? group.GroupName ?? 'group');
  const rules: NetworkRule[] = [];
  for (const [key, direction] of [['IpPermissions', 'inbound'], ['IpPermissionsEgress', 'outbound']] as const) {
    for (const p of list(group[key])) {
      const protocol = protocolOf(p.IpProtocol);
      const ports = protocol === 'all' || p.FromPort === undefined || p.FromPort === -1 ? ALL_PORTS : { from: Number(p.FromPort), to: Number(p.ToPort ?? p.FromPort) };
      const peers = [
        ...list(p.IpRanges).map((r) => parseCidr(String(r.CidrIp))),
        ...list(p.Ipv6Ranges).map((r) => parseCidr(String(r.CidrIpv6))),
      ].flatMap((cidr) => (cidr ? [{ cidr }] : []));
      const groups = [...list(p.UserIdGroupPairs).map((g) => String(g.GroupId)), ...list(p.PrefixListIds).map((g) => String(g.PrefixListId))];
      for (const peer of [...peers, ...groups.map((group) => ({ group }))]) rules.push({ owner, direction, protocol, ...ports, peer });
    }
  }
  return rules;
}

/** Azure service tags that mean "anywhere on the internet". */
const AZURE_ANY = new Set(['*', 'internet', 'any']);

function azureRules(owner: string, securityRules: Item[]): NetworkRule[] {
  const rules: NetworkRule[] = [];
  for (const rule of securityRules) {
    const p = (rule.properties as Item | undefined) ?? rule;
    if (String(p.access).toLowerCase() !== 'allow') continue;
    const direction = String(p.direction).toLowerCase() === 'outbound' ? 'outbound' : 'inbound';
    const side = direction === 'inbound' ? 'source' : 'destination';
    const prefixes = [...strings(p[`${side}AddressPrefix`]), ...strings(p[`${side}AddressPrefixes`])];
    const peers = prefixes.flatMap((prefix): NetworkRule['peer'][] => {
      if (AZURE_ANY.has(prefix.toLowerCase())) return [{ cidr: parseCidr('0.0.0.0/0')! }, { cidr: parseCidr('::/0')! }];
      const cidr = parseCidr(prefix);
      return [cidr ? { cidr } : { group: prefix }];
    });
    const ranges = [...strings(p.destinationPortRange), ...strings(p.destinationPortRanges)].flatMap((r) => parsePortRange(r) ?? []);
    const name = `${owner}/${String(rule.name ?? p.priority ?? 'rule')}`;
    for (const ports of ranges) for (const peer of peers) rules.push({ owner: name, direction, protocol: protocolOf(p.protocol), ...ports, peer });
  }
  return rules;
}

function gcpRules(data: Item): NetworkRule[] {
  if (data.disabled === true) return [];
  const owner = String(data.name ?? 'firewall');
  const direction = String(data.direction ?? 'INGRESS').toUpperCase() === 'EGRESS' ? 'outbound' : 'inbound';
  const peers = [
    ...strings(direction === 'inbound' ? data.sourceRanges : data.destinationRanges).flatMap((r) => (parseCidr(r) ? [{ cidr: parseCidr(r)! }] : [])),
    ...[...strings(data.sourceTags), ...strings(data.sourceServiceAccounts)].map((group) => ({ group })),
  ];
  const rules: NetworkRule[] = [];
  for (const allowed of list(data.allowed)) {
    const protocol = protocolOf(allowed.IPProtocol);
    const ranges = allowed.ports === undefined ? [ALL_PORTS] : strings(allowed.ports).flatMap((r) => parsePortRange(r) ?? []);
    for (const ports of ranges) for (const peer of peers) rules.push({ owner, direction, protocol, ...ports, peer });
  }
  return rules;
}

/** A port as a condition may give it: 22 or "22" or "20-25" (checked by checkPortRange). */
export const portSchema = { anyOf: [{ type: 'integer', minimum: 0, maximum: 65535 }, { type: 'string' }] } as const;

/** `22`, `20-25` or `all ports`, as reason lines say it. */
export function portsText(from: number, to: number): string {
  return from === 0 && to === 65535 ? 'all ports' : from === to ? String(from) : `${from}-${to}`;
}

/** A bad-ports problem unless `value` is a port or a range. */
export function checkPortRange(value: number | string, path: (string | number)[]): Problem[] {
  return parsePortRange(String(value)) ? [] : [{ path, code: 'bad-ports', message: `"${value}" is not a port or a range such as 20-25 (0-65535)` }];
}

/** `sg-0a1 inbound tcp 22 from 0.0.0.0/0`: how a report names a rule. */
export function describeRule(rule: NetworkRule): string {
  const ports = portsText(rule.from, rule.to);
  const peer = 'cidr' in rule.peer ? rule.peer.cidr.text : rule.peer.group;
  return `${rule.owner} ${rule.direction} ${rule.protocol} ${ports} ${rule.direction === 'inbound' ? 'from' : 'to'} ${peer}`;
}
