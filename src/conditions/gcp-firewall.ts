import type { Item } from '../providers/types.js';
import { cidrOverlaps, cidrSubtract, isAnyAddress, parseCidr, type Cidr } from '../lib/cidr.js';
import type { NetworkRule } from './network-rule.js';
import { ALL_PORTS, parsePortRange, portSegments, protocolOf, type PortRange } from './ports.js';

/**
 * GCP VPC firewall rules as the network applies them. Each rule is its own asset, so an allow
 * rule is read with the deny rules the flow gives it (joined from the same network): a deny
 * takes from an allow what it would stop first, that is when it
 * - has the same direction, is enabled, and is of the same network (when both name one);
 * - comes first: a lower priority number, or the same (at a tie GCP lets the deny win);
 * - applies to every instance the allow applies to: it targets all instances, or the allow's
 *   target tags (service accounts) are all among its own;
 * - covers the protocol: `all`, or the allow's protocol. A deny of tcp on an `all` allow
 *   splits it: tcp (less the deny) becomes a rule of its own, and the rest is `all except tcp`.
 * What remains is reported with what was taken (`0.0.0.0/0 except 203.0.113.0/24 (deny rule
 * block-bad)`). A deny that targets only some of the allow's instances is not subtracted: the
 * allow is reported rather than missed.
 */
export function gcpRules(data: Item, denyRules: Item[]): NetworkRule[] {
  const rule = readFirewall(data);
  if (!rule || rule.disabled || rule.entries.length === 0 || rule.deny) return [];
  const denies = denyRules
    .map((d) => readFirewall(((d.resource as Item | undefined)?.data as Item | undefined) ?? d))
    .filter((d): d is Firewall => d !== undefined && d.deny && !d.disabled && takesFrom(d, rule));
  const out: NetworkRule[] = [];
  if (denies.length === 0) {
    // Nothing is taken (the common case, read for every firewall rule of a scan): each entry's
    // ranges from each source as they are, what the general walk below gives with no denies.
    for (const entry of rule.entries) {
      for (const ports of entry.ranges) {
        for (const peer of rule.peers) {
          out.push({ owner: rule.name, direction: rule.direction, protocol: entry.protocol, from: ports.from, to: ports.to, peer: 'cidr' in peer ? { cidr: peer.cidr } : { group: 'tag' in peer ? peer.tag : peer.account } });
        }
      }
    }
    return out;
  }
  for (const entry of rule.entries) {
    for (const part of protocolParts(entry, denies)) {
      const cutting = denies.flatMap((d) => d.entries.filter((e) => e.protocol === 'all' || e.protocol === part.protocol).map((e) => ({ d, e })));
      for (const ports of part.ranges) {
        for (const segment of portSegments(ports, cutting.flatMap(({ e }) => e.ranges))) {
          const covering = [...new Set(cutting.filter(({ e }) => e.ranges.some((r) => r.from <= segment.from && r.to >= segment.to)).map(({ d }) => d))];
          for (const peer of rule.peers) {
            for (const left of remainingPeers(peer, covering)) {
              out.push({ owner: rule.name, direction: rule.direction, protocol: part.protocol, ...(part.except ? { exceptProtocols: part.except } : {}), ...segment, ...left });
            }
          }
        }
      }
    }
  }
  return out;
}

interface Entry {
  protocol: string;
  ranges: PortRange[];
}

type Peer = { cidr: Cidr } | { tag: string } | { account: string };

interface Firewall {
  name: string;
  deny: boolean;
  disabled: boolean;
  direction: 'inbound' | 'outbound';
  priority: number;
  network: string | undefined;
  targetTags: string[];
  targetAccounts: string[];
  entries: Entry[];
  peers: Peer[];
}

const list = (v: unknown): Item[] => (Array.isArray(v) ? (v as Item[]) : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
/** A network URL of any API version or host, as `projects/P/global/networks/N`. */
const networkOf = (v: unknown): string | undefined => (typeof v === 'string' && v.includes('projects/') ? v.slice(v.indexOf('projects/')) : undefined);

function readFirewall(data: Item): Firewall | undefined {
  const deny = Array.isArray(data.denied);
  if (!deny && !Array.isArray(data.allowed)) return undefined;
  const direction = String(data.direction ?? 'INGRESS').toUpperCase() === 'EGRESS' ? 'outbound' : 'inbound';
  const ranges = strings(direction === 'inbound' ? data.sourceRanges : data.destinationRanges);
  const tags = direction === 'inbound' ? strings(data.sourceTags) : [];
  const accounts = direction === 'inbound' ? strings(data.sourceServiceAccounts) : [];
  // An ingress rule that names no source at all applies to every IPv4 source, as GCP defines it.
  const cidrs = direction === 'inbound' && ranges.length === 0 && tags.length === 0 && accounts.length === 0 ? ['0.0.0.0/0'] : ranges;
  return {
    name: String(data.name ?? 'firewall'),
    deny,
    disabled: data.disabled === true,
    direction,
    priority: data.priority === undefined ? 1000 : Number(data.priority),
    network: networkOf(data.network),
    targetTags: strings(data.targetTags),
    targetAccounts: strings(data.targetServiceAccounts),
    entries: list(deny ? data.denied : data.allowed).map((e) => ({
      protocol: protocolOf(e.IPProtocol),
      ranges: e.ports === undefined || (Array.isArray(e.ports) && e.ports.length === 0) ? [ALL_PORTS] : strings(e.ports).flatMap((r) => parsePortRange(r) ?? []),
    })),
    peers: [
      ...cidrs.flatMap((r) => (parseCidr(r) ? [{ cidr: parseCidr(r)! }] : [])),
      ...tags.map((tag) => ({ tag })),
      ...accounts.map((account) => ({ account })),
    ],
  };
}

/** Whether the deny stops traffic before the allow admits it, for every instance the allow covers. */
function takesFrom(deny: Firewall, allow: Firewall): boolean {
  if (deny.direction !== allow.direction || deny.priority > allow.priority) return false;
  if (deny.network !== undefined && allow.network !== undefined && deny.network !== allow.network) return false;
  if (deny.targetTags.length === 0 && deny.targetAccounts.length === 0) return true;
  if (deny.targetTags.length > 0) return allow.targetTags.length > 0 && allow.targetTags.every((t) => deny.targetTags.includes(t));
  return allow.targetAccounts.length > 0 && allow.targetAccounts.every((a) => deny.targetAccounts.includes(a));
}

/**
 * One allowed entry by protocol: as it is, or, for an `all` entry that denies of single
 * protocols cut, each of those protocols on its own (every port) and `all` except them.
 */
function protocolParts(entry: Entry, denies: Firewall[]): { protocol: string; ranges: PortRange[]; except?: string[] }[] {
  if (entry.protocol !== 'all') return [{ protocol: entry.protocol, ranges: entry.ranges }];
  const single = [...new Set(denies.flatMap((d) => d.entries.map((e) => e.protocol)).filter((p) => p !== 'all'))].sort();
  if (single.length === 0) return [{ protocol: 'all', ranges: entry.ranges }];
  return [...single.map((protocol) => ({ protocol, ranges: entry.ranges })), { protocol: 'all', ranges: entry.ranges, except: single }];
}

/** What one source of the allow still admits once the covering denies have taken theirs. */
function remainingPeers(peer: Peer, denies: Firewall[]): Pick<NetworkRule, 'peer' | 'peerText'>[] {
  if ('tag' in peer || 'account' in peer) {
    const name = 'tag' in peer ? peer.tag : peer.account;
    // A source tag or account stands for instances' addresses: a deny of it, or of every address of both families, takes it.
    const taken = denies.some(
      (d) =>
        d.peers.some((p) => ('tag' in peer ? 'tag' in p && p.tag === name : 'account' in p && p.account === name)) ||
        ['ipv4', 'ipv6'].every((family) => d.peers.some((p) => 'cidr' in p && isAnyAddress(p.cidr) && p.cidr.address.kind() === family)),
    );
    return taken ? [] : [{ peer: { group: name } }];
  }
  const cuts = denies.flatMap((d) => d.peers.flatMap((p) => ('cidr' in p && cidrOverlaps(p.cidr, peer.cidr) ? [{ c: p.cidr, d }] : [])));
  if (cuts.length === 0) return [{ peer: { cidr: peer.cidr } }];
  const pieces = cuts.reduce((left, { c }) => left.flatMap((piece) => cidrSubtract(piece, c)), [peer.cidr]);
  const except = [...new Set(cuts.map(({ c, d }) => `${c.text} (deny rule ${d.name})`))].join(', ');
  return pieces.map((piece) => ({ peer: { cidr: piece }, peerText: `${peer.cidr.text} except ${except}` }));
}
