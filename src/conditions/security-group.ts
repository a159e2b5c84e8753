import type { Problem } from '../model/problem.js';
import { cidrContains, isAnyAddress, isPublic, parseCidr, type Cidr } from './cidr.js';
import { awsPermission, checkPortRange, describeRule, hasPorts, isIcmp, parsePortRange, portSchema, rulesOf, type NetworkRule } from './network-rules.js';
import { conditionIdSchema, type ConditionConfig, type ConditionKind } from './types.js';
import { append } from '../model/append.js';

/**
 * Security-group logic on an item that is a group (AWS security group, Azure NSG, GCP
 * firewall rule) or has groups (an RDS instance with the SecurityGroups addon): matches when
 * any allow rule fits direction, protocol, ports and source.
 */
export interface SecurityGroupCondition extends ConditionConfig {
  direction?: 'inbound' | 'outbound';
  /** A port, a range "20-25", or a list of them; default every port. */
  ports?: number | string | (number | string)[];
  /** overlap (default): the rule's range meets the ports; covers: it spans all of them. */
  portMatch?: 'overlap' | 'covers';
  /**
   * any (default): rules of every protocol, ICMP and ICMPv6 included; tcp, udp: that protocol's
   * rules and all-protocol ones; icmp: ICMP and ICMPv6 rules (and all-protocol ones); icmpv6: ICMPv6 only.
   */
  protocol?: 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'any';
  /** A CIDR the rule must admit entirely, `any` (0.0.0.0/0 or ::/0), `public`, or a group id. */
  source?: string;
  /** Match rules admitting any address outside these ranges ("outside IPs"). */
  allowedCidrs?: string[];
}

export const securityGroup: ConditionKind<SecurityGroupCondition> = {
  type: 'securityGroup',
  summary: 'a security group / NSG / firewall rule allows direction, ports, protocol from a source',
  schema: {
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
    },
  },
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
    const protocolFits = (p: string): boolean => {
      if (protocol === 'any' || p === 'all' || p === protocol) return true;
      return protocol === 'icmp' && p === 'icmpv6'; // icmp asks about ICMP of both IP versions
    };
    const fits = (rule: NetworkRule): boolean => {
      if (rule.direction !== direction || !protocolFits(rule.protocol)) return false;
      // ICMP (and any other protocol without ports) has no ports: its rules answer a question
      // that names none, or names their protocol; a question about port 22 is not about ping.
      const portless = !hasPorts(rule.protocol) || isIcmp(protocol);
      if (portless) return (ranges.length === 0 || protocol !== 'any') && peerFits(rule);
      const portsFit = ranges.length === 0 || ranges.some((r) => (covers ? rule.from <= r.from && rule.to >= r.to : rule.from <= r.to && rule.to >= r.from));
      return portsFit && peerFits(rule);
    };
    return (item) => {
      const fitting = rulesOf(item).filter(fits);
      if (fitting.length === 0) return null;
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

function portList(ports: SecurityGroupCondition['ports']): (number | string)[] {
  return ports === undefined ? [] : Array.isArray(ports) ? ports : [ports];
}

/** How a rule's peer must look: by source keyword, CIDR or group, and outside the allowed list. */
function peerTest(source: string | undefined, allowed: Cidr[]): (rule: NetworkRule) => boolean {
  const wanted = source === undefined || source === 'any' || source === 'public' ? undefined : parseCidr(source);
  const bySource = (rule: NetworkRule): boolean => {
    if (source === undefined) return true;
    if ('group' in rule.peer) return rule.peer.group === source;
    if (source === 'any') return isAnyAddress(rule.peer.cidr);
    if (source === 'public') return isPublic(rule.peer.cidr);
    return wanted !== undefined && cidrContains(rule.peer.cidr, wanted);
  };
  if (allowed.length === 0) return bySource;
  // "Outside IPs": a CIDR peer not wholly inside one of the allowed ranges.
  return (rule) => bySource(rule) && 'cidr' in rule.peer && !allowed.some((range) => cidrContains(range, (rule.peer as { cidr: Cidr }).cidr));
}
