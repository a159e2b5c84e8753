import type { Problem } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import { cidrOverlaps, cidrSubtract, parseCidr, type Cidr } from '../lib/cidr.js';
import { checkPortRange, parsePortRange, portSchema, portsText } from './ports.js';
import { conditionIdSchema, type ConditionConfig, type ConditionKind } from './types.js';
import { append } from '../model/append.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * "Is this traffic let through by the network ACL?" An AWS network ACL (an item that is one,
 * or an instance with the NetworkAcl addon) is read as the VPC does: entries in rule-number
 * order, the first that matches decides, and what nothing matches is denied. The question
 * covers a whole source range and port range, so a deny of part of the source only removes
 * that part; the condition matches when any (address, port) of the question is allowed.
 */
export interface NetworkAclCondition extends ConditionConfig {
  type: 'networkAcl';
  direction?: 'inbound' | 'outbound';
  ports?: number | string;
  /**
   * tcp (default), udp; icmp (ICMP and ICMPv6), icmpv6; any: tcp and udp, and without ports
   * also ICMP and ICMPv6 (their entries have no ports).
   */
  protocol?: 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'any';
  /** A CIDR or `any` (0.0.0.0/0; ::/0 for IPv6 entries); default any. */
  source?: string;
}

interface Entry {
  acl: string;
  number: number;
  allow: boolean;
  protocol: string;
  cidr: Cidr;
  from: number;
  to: number;
}

const PROTOCOLS: Record<string, string> = { '-1': 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', tcp: 'tcp', udp: 'udp', all: 'all' };

export const networkAcl: ConditionKind<NetworkAclCondition> = {
  type: 'networkAcl',
  summary: 'a network ACL lets traffic through (entries in rule order, first match decides)',
  schema: schemaFor<NetworkAclCondition>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type'],
    properties: {
      id: conditionIdSchema,
      type: { const: 'networkAcl' },
      direction: { enum: ['inbound', 'outbound'] },
      ports: portSchema,
      protocol: { enum: ['tcp', 'udp', 'icmp', 'icmpv6', 'any'] },
      source: { type: 'string', minLength: 1 },
    },
  }),
  check(config) {
    const problems: Problem[] = [];
    if (config.ports !== undefined) append(problems, checkPortRange(config.ports, ['ports']));
    if (config.source !== undefined && config.source !== 'any' && !parseCidr(config.source)) {
      problems.push({ path: ['source'], code: 'bad-cidr', message: `"${config.source}" is not a CIDR such as 0.0.0.0/0 (or any)` });
    }
    return problems;
  },
  reads: () => [{ at: ['type'], anyOf: ['$.Entries', '$.NetworkAcl.Entries', '$.NetworkAcls[*].Entries'], what: 'networkAcl reads the entries of a network ACL, or of the one an instance has (the NetworkAcl addon)' }],
  compile(config) {
    const egress = config.direction === 'outbound';
    const ports = parsePortRange(String(config.ports ?? '*'))!;
    const protocols = protocolsAsked(config);
    const sources = config.source === undefined || config.source === 'any' ? [parseCidr('0.0.0.0/0')!, parseCidr('::/0')!] : [parseCidr(config.source)!];
    return (item) => {
      const decisions: string[] = [];
      const named = new Set<string>();
      for (const acl of aclsOf(item)) {
        const entries = entriesOf(acl, egress);
        for (const protocol of protocols) {
          for (const source of sources) {
            // ICMP has no ports: every entry of it (or of all protocols) answers, whatever its
            // range. ICMP is IPv4's, ICMPv6 IPv6's.
            const icmp = protocol.startsWith('icmp');
            if (icmp && (protocol === 'icmpv6') !== (source.address.kind() === 'ipv6')) continue;
            const allowing = firstAllow(entries, protocol, source, icmp ? ALL_PORTS : ports, icmp);
            if (!allowing) continue;
            // An all-traffic entry already named for tcp need not be named again for ICMP.
            const entryKey = `${allowing.acl}/${allowing.number}/${source.text}`;
            if (icmp && allowing.protocol === 'all' && named.has(entryKey)) continue;
            named.add(entryKey);
            const what = icmp ? protocol : `${protocol} ${portsText(allowing.from, allowing.to)}`;
            decisions.push(`${allowing.acl} ${egress ? 'outbound' : 'inbound'} rule ${allowing.number} allows ${what} ${egress ? 'to' : 'from'} ${allowing.cidr.text}`);
          }
        }
      }
      if (decisions.length === 0) return null;
      return { condition: config.id, type: 'networkAcl', text: decisions.join('; '), seen: decisions };
    };
  },
};

/**
 * Walks the entries for each piece of the port range that no entry boundary splits, keeping
 * the part of the source not yet decided; returns the first allow entry that lets some of it
 * through, or undefined when every address and port is denied.
 */
function firstAllow(entries: Entry[], protocol: string, source: Cidr, ports: { from: number; to: number }, portless = false): Entry | undefined {
  const cuts = new Set([ports.from, ports.to + 1]);
  if (!portless) for (const e of entries) for (const p of [e.from, e.to + 1]) if (p > ports.from && p <= ports.to) cuts.add(p);
  const bounds = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const port = bounds[i]!;
    let open: Cidr[] = [source];
    for (const e of entries) {
      if (open.length === 0) break;
      if (e.protocol !== 'all' && e.protocol !== protocol) continue;
      if (!portless && (port < e.from || port > e.to)) continue;
      if (!open.some((range) => cidrOverlaps(range, e.cidr))) continue;
      if (e.allow) return e;
      open = open.flatMap((range) => cidrSubtract(range, e.cidr));
    }
  }
  return undefined;
}

const ALL_PORTS = { from: 0, to: 65535 };

/** The protocols a condition asks about: `any` is tcp and udp, and ICMP of both versions when it names no ports. */
function protocolsAsked(config: NetworkAclCondition): string[] {
  switch (config.protocol) {
    case 'any': return config.ports === undefined ? ['tcp', 'udp', 'icmp', 'icmpv6'] : ['tcp', 'udp'];
    case 'icmp': return ['icmp', 'icmpv6'];
    case undefined: return ['tcp'];
    default: return [config.protocol];
  }
}

function aclsOf(item: Item): Item[] {
  if (Array.isArray(item.Entries)) return [item];
  if (item.NetworkAcl && typeof item.NetworkAcl === 'object') return [item.NetworkAcl as Item];
  return Array.isArray(item.NetworkAcls) ? (item.NetworkAcls as Item[]) : [];
}

/** The ACL's entries of one direction, in rule-number order (the * rule, 32767, comes last). */
function entriesOf(acl: Item, egress: boolean): Entry[] {
  const id = String(acl.NetworkAclId ?? 'acl');
  return (acl.Entries as Item[])
    .filter((e) => Boolean(e.Egress) === egress)
    .flatMap((e): Entry[] => {
      const cidr = parseCidr(String(e.CidrBlock ?? e.Ipv6CidrBlock ?? ''));
      if (!cidr) return [];
      const protocol = PROTOCOLS[String(e.Protocol).toLowerCase()] ?? String(e.Protocol);
      const range = e.PortRange as { From?: number; To?: number } | undefined;
      const ports = protocol === 'all' || !range ? { from: 0, to: 65535 } : { from: Number(range.From), to: Number(range.To) };
      return [{ acl: id, number: Number(e.RuleNumber), allow: String(e.RuleAction).toLowerCase() === 'allow', protocol, cidr, ...ports }];
    })
    .sort((a, b) => a.number - b.number);
}
