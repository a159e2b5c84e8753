import type { Problem } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import { cidrContains, isAnyAddress, isPublic, parseCidr, type Cidr } from '../lib/cidr.js';
import { gcpRules } from './gcp-firewall.js';
import { checkJsonPaths, compileJsonPath } from '../lib/json-path.js';
import type { NetworkRule } from './network-rule.js';
import { awsPermission, describeRule, rulesOf } from './network-rules.js';
import { checkPortRange, hasPorts, isIcmp, parsePortRange, portSchema } from './ports.js';
import { conditionIdSchema, type ConditionConfig, type ConditionKind } from './types.js';
import { append } from '../model/append.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * Security-group logic on an item that is a group (AWS security group, Azure NSG, GCP
 * firewall rule) or has groups (an RDS instance with the SecurityGroups addon): matches when
 * any allow rule fits direction, protocol, ports and source. Azure NSG deny rules are read
 * from the NSG; GCP deny rules are separate assets, which `denyRules` finds on the item.
 */
export interface SecurityGroupCondition extends ConditionConfig {
  type: 'securityGroup';
  direction?: 'inbound' | 'outbound';
  /** A port, a range "20-25", or a list of them; default every port. */
  ports?: number | string | (number | string)[];
  /** overlap (default): the rule's range meets the ports; covers: it spans all of them. */
  portMatch?: 'overlap' | 'covers';
  /**
   * any (default): every protocol; without ports that includes ICMP, ICMPv6 and other
   * portless protocols (their rules have no ports). icmp: ICMP and ICMPv6; icmpv6: ICMPv6.
   */
  protocol?: 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'any';
  /** A CIDR the rule must admit entirely, `any` (0.0.0.0/0 or ::/0), `public`, or a group id. */
  source?: string;
  /** Match rules admitting any address outside these ranges ("outside IPs"). */
  allowedCidrs?: string[];
  /**
   * GCP: a JSONPath to the deny firewall rules (assets, or their `resource.data`) to subtract
   * from a rule's `allowed` entries, e.g. those of its network joined onto it by a joiner.
   */
  denyRules?: string;
}

export const securityGroup: ConditionKind<SecurityGroupCondition> = {
  type: 'securityGroup',
  summary: 'a security group / NSG / firewall rule allows direction, ports, protocol from a source',
  schema: schemaFor<SecurityGroupCondition>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type'],
    properties: {
      id: conditionIdSchema,
      type: { const: 'securityGroup' },
      direction: { enum: ['inbound', 'outbound'] },
      ports: { anyOf: [portSchema, { type: 'array', items: portSchema, minItems: 1 }] },
      portMatch: { enum: ['overlap', 'covers'] },
      protocol: { enum: ['tcp', 'udp', 'icmp', 'icmpv6', 'any'] },
      source: { type: 'string', minLength: 1 },
      allowedCidrs: { type: 'array', items: { type: 'string' } },
      denyRules: { type: 'string', minLength: 1 },
    },
  }),
  check(config) {
    const problems: Problem[] = [];
    portList(config.ports).forEach((p, i) => append(problems, checkPortRange(p, Array.isArray(config.ports) ? ['ports', i] : ['ports'])));
    const source = config.source;
    if (source !== undefined && /^[\d.:/a-f]+$/i.test(source) && /[./:]/.test(source) && !parseCidr(source)) {
      problems.push({ path: ['source'], code: 'bad-cidr', message: `"${source}" is not a CIDR such as 0.0.0.0/0 (or use any, public, or a group id)` });
    }
    (config.allowedCidrs ?? []).forEach((c, i) => {
      if (!parseCidr(c)) problems.push({ path: ['allowedCidrs', i], code: 'bad-cidr', message: `"${c}" is not a CIDR such as 10.0.0.0/8` });
    });
    if (config.denyRules !== undefined) append(problems, checkJsonPaths([[['denyRules'], config.denyRules]]));
    return problems;
  },
  reads: () => [
    {
      at: ['type'],
      anyOf: ['$.IpPermissions', '$.IpPermissionsEgress', '$.SecurityGroups[*].IpPermissions', '$.properties.securityRules', '$.allowed', '$.resource.data.allowed'],
      what: 'securityGroup reads the rules of a security group, or of the groups an item has (the SecurityGroups addon joins them onto instances), an NSG or a firewall rule',
    },
  ],
  compile(config) {
    const direction = config.direction ?? 'inbound';
    const protocol = config.protocol ?? 'any';
    const ranges = portList(config.ports).map((p) => parsePortRange(String(p))!);
    const covers = config.portMatch === 'covers';
    const peerFits = peerTest(config.source, (config.allowedCidrs ?? []).map((c) => parseCidr(c)!));
    const protocolFits = (rule: NetworkRule): boolean => {
      if (protocol !== 'any' && rule.exceptProtocols?.includes(protocol)) return false;
      if (protocol === 'any' || rule.protocol === 'all' || rule.protocol === protocol) return true;
      return protocol === 'icmp' && rule.protocol === 'icmpv6'; // icmp asks about ICMP of both IP versions
    };
    // Loops, not closures made per rule: this runs for every rule of every group of a scan.
    const portsFit = (rule: NetworkRule): boolean => {
      if (ranges.length === 0) return true;
      for (const r of ranges) if (covers ? rule.from <= r.from && rule.to >= r.to : rule.from <= r.to && rule.to >= r.from) return true;
      return false;
    };
    const fits = (rule: NetworkRule): boolean => {
      if (rule.direction !== direction || !protocolFits(rule)) return false;
      // ICMP has no ports: its rules answer a question that names none, or names ICMP; a
      // question about port 22 is not about ping. Another protocol without ports (esp, gre, a
      // number) admits all of its traffic, so it answers any question of protocol any.
      if (isIcmp(rule.protocol) || isIcmp(protocol)) return (ranges.length === 0 || protocol !== 'any') && peerFits(rule);
      if (!hasPorts(rule.protocol)) return peerFits(rule);
      return portsFit(rule) && peerFits(rule);
    };
    const rulesFor = config.denyRules === undefined ? rulesOf : withDenies(compileJsonPath(config.denyRules));
    return (item) => {
      // Most items match nothing: nothing is allocated for them.
      let fitting: NetworkRule[] | undefined;
      for (const rule of rulesFor(item)) if (fits(rule)) (fitting ??= []).push(rule);
      if (fitting === undefined) return null;
      if (fitting.length === 1) {
        // One rule (most matches): nothing to tell apart, no set and no JSON of the permission.
        const text = describeRule(fitting[0]!);
        const permission = awsPermission(fitting[0]!);
        // Two literals rather than a spread: a spread into a literal is a runtime call, and this is every failing group.
        return permission ? { condition: config.id, type: 'securityGroup', text, seen: [text], rules: [permission] } : { condition: config.id, type: 'securityGroup', text, seen: [text] };
      }
      const matched = [...new Set(fitting.map(describeRule))];
      // AWS: the matched permissions, one per peer, for an action that revokes exactly these.
      const permissions = new Map<string, Record<string, unknown>>();
      for (const rule of fitting) {
        const permission = awsPermission(rule);
        if (permission) permissions.set(JSON.stringify(permission), permission);
      }
      return { condition: config.id, type: 'securityGroup', text: matched.join('; '), seen: matched, ...(permissions.size > 0 ? { rules: [...permissions.values()] } : {}) };
    };
  },
};

/**
 * A GCP firewall rule's allow entries less the deny rules found at `read` (cached per item, as
 * rulesOf is); any other item, or a rule with no deny beside it, is read as usual.
 */
function withDenies(read: (item: Item) => unknown[]): (item: Item) => NetworkRule[] {
  const cache = new WeakMap<Item, NetworkRule[]>();
  return (item) => {
    // Asked again for the same item by each condition of a control: its deny rules are read once.
    let rules = cache.get(item);
    if (rules) return rules;
    const data = ((item.resource as Item | undefined)?.data as Item | undefined) ?? item;
    const denies = read(item).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is Item => v !== null && typeof v === 'object');
    rules = !Array.isArray(data.allowed) || denies.length === 0 ? rulesOf(item) : gcpRules(data, denies);
    cache.set(item, rules);
    return rules;
  };
}

function portList(ports: SecurityGroupCondition['ports']): (number | string)[] {
  return ports === undefined ? [] : Array.isArray(ports) ? ports : [ports];
}

/** How a rule's peer must look: by source keyword, CIDR or group, and outside the allowed list. */
function peerTest(source: string | undefined, allowed: Cidr[]): (rule: NetworkRule) => boolean {
  const wanted = source === undefined || source === 'any' || source === 'public' ? undefined : parseCidr(source);
  const bySource = (cidr: Cidr): boolean => {
    if (source === undefined) return true;
    if (source === 'any') return isAnyAddress(cidr);
    if (source === 'public') return isPublic(cidr);
    return wanted !== undefined && cidrContains(cidr, wanted);
  };
  // "Outside IPs": a CIDR peer not wholly inside one of the allowed ranges.
  const fits = allowed.length === 0 ? bySource : (cidr: Cidr): boolean => bySource(cidr) && !allowed.some((range) => cidrContains(range, cidr));
  // Rules repeat the same few ranges (parseCidr hands out one object per text it keeps) and a range
  // test walks address bits: each range's answer is kept.
  const known = new WeakMap<Cidr, boolean>();
  const cidrFits = allowed.length === 0 && (source === undefined || source === 'any') ? fits : (cidr: Cidr): boolean => {
    let answer = known.get(cidr);
    if (answer === undefined) known.set(cidr, (answer = fits(cidr)));
    return answer;
  };
  return (rule) => {
    // A group peer: by its id; never "outside" an allowed list of CIDRs.
    if ('group' in rule.peer) return allowed.length === 0 && (source === undefined || rule.peer.group === source);
    return cidrFits(rule.peer.cidr);
  };
}
