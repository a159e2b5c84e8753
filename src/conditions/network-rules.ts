import type { Item } from '../providers/types.js';
import { cidrOverlaps, cidrSubtract, parseCidr, publicSpace, type Cidr } from '../lib/cidr.js';
import { gcpRules } from './gcp-firewall.js';
import type { NetworkRule } from './network-rule.js';
import { ALL_PORTS, hasPorts, isIcmp, parsePortRange, portSegments, portsText, protocolOf, type PortRange } from './ports.js';

/**
 * The AWS permission for one rule's peer alone, as RevokeSecurityGroupIngress/Egress takes it,
 * so an action removes exactly the matched rule. Built only for matched rules: a scan holds
 * every rule of every group.
 */
export function awsPermission(rule: NetworkRule): Item | undefined {
  if (!rule.aws) return undefined;
  const { permission: p, list, entry } = rule.aws;
  const key = PEER_KEY[list];
  // Key by key, in the order the API documents them: no spreads for every matched rule of a scan.
  const permission: Item = { IpProtocol: p.IpProtocol };
  if (p.FromPort !== undefined) {
    permission.FromPort = p.FromPort;
    permission.ToPort = p.ToPort;
  }
  permission[list] = [{ [key]: entry[key] }];
  return permission;
}

/** The key of a peer entry in each list of a permission. */
const PEER_KEY = { IpRanges: 'CidrIp', Ipv6Ranges: 'CidrIpv6', UserIdGroupPairs: 'GroupId', PrefixListIds: 'PrefixListId' } as const;

const list = (v: unknown): Item[] => (Array.isArray(v) ? (v as Item[]) : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)]);

/** Items are shared by every flow of a scan: normalise each one's rules once. */
const normalised = new WeakMap<Item, NetworkRule[]>();

/** Every allow rule of an item that is a group, or of the groups an item has (via an addon). */
export function rulesOf(item: Item): NetworkRule[] {
  let rules = normalised.get(item);
  if (rules) return rules;
  const group = Array.isArray(item.IpPermissions) || Array.isArray(item.IpPermissionsEgress);
  // An item with groups (an instance or a database the SecurityGroups addon joined them onto) is
  // a flow's own copy: its groups' rules, each group's read once, are not worth a cache entry.
  if (!group && Array.isArray(item.SecurityGroups)) return groupsRules(item.SecurityGroups);
  rules = group ? awsRules(item) : readRules(item);
  normalised.set(item, rules);
  return rules;
}

function groupsRules(groups: unknown[]): NetworkRule[] {
  const rules: NetworkRule[] = [];
  for (const group of groups) for (const rule of rulesOf(group as Item)) rules.push(rule);
  return rules;
}

function readRules(item: Item): NetworkRule[] {
  const properties = item.properties as Item | undefined;
  if (properties && Array.isArray(properties.securityRules)) return azureRules(String(item.name ?? item.id), list(properties.securityRules));
  const data = ((item.resource as Item | undefined)?.data as Item | undefined) ?? item;
  if (Array.isArray(data.allowed)) return gcpRules(data, []);
  return [];
}

function cidrPeer(text: unknown): NetworkRule['peer'] | undefined {
  const cidr = parseCidr(String(text));
  return cidr ? { cidr } : undefined;
}

/** A group's two lists of permissions and the direction of each. */
const AWS_LISTS = [
  ['IpPermissions', 'inbound'],
  ['IpPermissionsEgress', 'outbound'],
] as const;

function awsRules(group: Item): NetworkRule[] {
  const owner = String(group.GroupId ?? group.GroupName ?? 'group');
  const rules: NetworkRule[] = [];
  for (const [key, direction] of AWS_LISTS) {
    for (const p of list(group[key])) {
      const protocol = protocolOf(p.IpProtocol);
      // ICMP's FromPort/ToPort are its type and code, not ports.
      const ported = hasPorts(protocol) && protocol !== 'all';
      const every = !ported || p.FromPort === undefined || p.FromPort === -1;
      const from = every ? ALL_PORTS.from : Number(p.FromPort);
      const to = every ? ALL_PORTS.to : Number(p.ToPort ?? p.FromPort);
      const icmp = isIcmp(protocol) ? { type: Number(p.FromPort ?? -1), code: Number(p.ToPort ?? -1) } : undefined;
      const add = (peer: NetworkRule['peer'] | undefined, kind: AwsList, entry: Item): void => {
        if (peer) rules.push(awsRule(owner, direction, protocol, from, to, icmp, peer, p, kind, entry));
      };
      for (const r of list(p.IpRanges)) add(cidrPeer(r.CidrIp), 'IpRanges', r);
      for (const r of list(p.Ipv6Ranges)) add(cidrPeer(r.CidrIpv6), 'Ipv6Ranges', r);
      for (const g of list(p.UserIdGroupPairs)) add({ group: String(g.GroupId) }, 'UserIdGroupPairs', g);
      for (const g of list(p.PrefixListIds)) add({ group: String(g.PrefixListId) }, 'PrefixListIds', g);
    }
  }
  return rules;
}

type AwsList = NonNullable<NetworkRule['aws']>['list'];

/**
 * Every AWS rule one object of one shape (icmp undefined when not ICMP): the conditions read
 * these for every group of a scan, and one shape keeps those reads fast.
 */
function awsRule(owner: string, direction: NetworkRule['direction'], protocol: string, from: number, to: number, icmp: NetworkRule['icmp'], peer: NetworkRule['peer'], permission: Item, kind: AwsList, entry: Item): NetworkRule {
  return { owner, direction, protocol, from, to, icmp, peer, aws: { permission, list: kind, entry } };
}

/**
 * An allow from `Internet` is reported as from anywhere (what a reader expects to see); a
 * deny of `Internet` takes only the public space (a later allow from 10.0.0.0/8 stands).
 */
const INTERNET_AS_ALLOWED = [parseCidr('0.0.0.0/0')!, parseCidr('::/0')!];

interface AzureRule {
  name: string;
  priority: number;
  allow: boolean;
  direction: 'inbound' | 'outbound';
  protocol: string;
  ranges: PortRange[];
  prefixes: string[];
}

function readAzureRule(rule: Item): AzureRule {
  const p = (rule.properties as Item | undefined) ?? rule;
  const direction = String(p.direction).toLowerCase() === 'outbound' ? 'outbound' : 'inbound';
  const side = direction === 'inbound' ? 'source' : 'destination';
  return {
    name: String(rule.name ?? p.priority ?? 'rule'),
    priority: Number(p.priority ?? 4096),
    allow: String(p.access).toLowerCase() === 'allow',
    direction,
    protocol: protocolOf(p.protocol),
    ranges: [...strings(p.destinationPortRange), ...strings(p.destinationPortRanges)].flatMap((r) => parsePortRange(r) ?? []),
    prefixes: [...strings(p[`${side}AddressPrefix`]), ...strings(p[`${side}AddressPrefixes`])],
  };
}

/**
 * An NSG is read as Azure reads it: by priority, the first rule that matches decides. So an
 * Allow rule counts only for the addresses and ports no earlier Deny rule takes; a deny of
 * another protocol is not subtracted from an all-protocol allow (it stays reported: a false
 * alarm at worst, never a missed one).
 */
function azureRules(owner: string, securityRules: Item[]): NetworkRule[] {
  const ordered = securityRules.map(readAzureRule).sort((a, b) => a.priority - b.priority);
  const rules: NetworkRule[] = [];
  ordered.forEach((rule, i) => {
    if (!rule.allow) return;
    const denies = ordered.slice(0, i).filter((d) => !d.allow && d.direction === rule.direction && (d.protocol === 'all' || d.protocol === rule.protocol));
    const name = `${owner}/${rule.name}`;
    for (const ports of rule.ranges) {
      for (const segment of portSegments(ports, denies.flatMap((d) => d.ranges))) {
        const covering = denies.filter((d) => d.ranges.some((r) => r.from <= segment.from && r.to >= segment.to));
        for (const prefix of rule.prefixes) {
          for (const peer of effectivePeers(prefix, covering)) rules.push({ owner: name, direction: rule.direction, protocol: rule.protocol, ...segment, ...peer });
        }
      }
    }
  });
  return rules;
}

/** What one allow prefix still admits after the covering denies: CIDR pieces, or a service tag unless denied. */
function effectivePeers(prefix: string, denies: AzureRule[]): Pick<NetworkRule, 'peer' | 'peerText'>[] {
  const cidrs = azureCidrs(prefix, 'allow');
  if (!cidrs) {
    const denied = denies.some((d) => d.prefixes.some((q) => q === '*' || q.toLowerCase() === prefix.toLowerCase()));
    return denied ? [] : [{ peer: { group: prefix } }];
  }
  return cidrs.flatMap((cidr) => {
    const cuts = denies.flatMap((d) => (azureCidrs(d.prefixes, 'deny') ?? []).filter((c) => cidrOverlaps(c, cidr)).map((c) => ({ c, d })));
    if (cuts.length === 0) return [{ peer: { cidr } }];
    const pieces = cuts.reduce((left, { c }) => left.flatMap((piece) => cidrSubtract(piece, c)), [cidr]);
    const except = [...new Set(cuts.map(({ d }) => `${d.prefixes.join(',')} (deny rule ${d.name})`))].join(', ');
    return pieces.map((piece) => ({ peer: { cidr: piece }, peerText: `${cidr.text} except ${except}` }));
  });
}

/** CIDRs of an Azure prefix or prefixes: `*`/`Any` is everything, `Internet` the public space; undefined for another service tag. */
function azureCidrs(prefix: string | string[], role: 'allow' | 'deny'): Cidr[] | undefined {
  if (Array.isArray(prefix)) return prefix.flatMap((p) => azureCidrs(p, role) ?? []);
  const lower = prefix.toLowerCase();
  if (lower === '*' || lower === 'any') return [parseCidr('0.0.0.0/0')!, parseCidr('::/0')!];
  if (lower === 'internet') return role === 'allow' ? INTERNET_AS_ALLOWED : publicSpace();
  const cidr = parseCidr(prefix);
  return cidr ? [cidr] : undefined;
}

/**
 * `sg-0a1 inbound tcp 22 from 0.0.0.0/0`, `sg-0a1 inbound icmp all types from 0.0.0.0/0`,
 * `sg-0a1 inbound icmpv6 type 128 from ::/0`: how a report names a rule.
 */
export function describeRule(rule: NetworkRule): string {
  const ports = hasPorts(rule.protocol) ? portsText(rule.from, rule.to) : isIcmp(rule.protocol) ? icmpText(rule.icmp) : '';
  const peer = rule.peerText ?? ('cidr' in rule.peer ? rule.peer.cidr.text : rule.peer.group);
  const protocol = rule.exceptProtocols ? `${rule.protocol} except ${rule.exceptProtocols.join(',')}` : rule.protocol;
  const what = ports === '' ? `protocol ${protocol}` : `${protocol} ${ports}`;
  return `${rule.owner} ${rule.direction} ${what} ${rule.direction === 'inbound' ? 'from' : 'to'} ${peer}`;
}

function icmpText(icmp: NetworkRule['icmp']): string {
  if (!icmp || icmp.type < 0) return 'all types';
  return icmp.code < 0 ? `type ${icmp.type}` : `type ${icmp.type} code ${icmp.code}`;
}
