import { describe, expect, it } from 'vitest';
import { networkAcl, type NetworkAclCondition } from '../../src/conditions/network-acl.js';
import { validateSchema } from '../../src/model/validate.js';
import type { Item } from '../../src/providers/types.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const entry = (RuleNumber: number, RuleAction: 'allow' | 'deny', CidrBlock: string, ports?: [number, number], Protocol = '6', Egress = false): Item => ({
  RuleNumber,
  RuleAction,
  Protocol,
  Egress,
  ...(CidrBlock.includes(':') ? { Ipv6CidrBlock: CidrBlock } : { CidrBlock }),
  ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}),
});
/** The `*` rules AWS lists last in every ACL. */
const defaults = [entry(32767, 'deny', '0.0.0.0/0', undefined, '-1'), entry(32768, 'deny', '::/0', undefined, '-1'), entry(32767, 'deny', '0.0.0.0/0', undefined, '-1', true)];
const acl = (...entries: Item[]): Item => ({ NetworkAclId: 'acl-1', Entries: [...entries, ...defaults] });

const reachable = (condition: Omit<NetworkAclCondition, 'id' | 'type'>, item: Item) => {
  const config = { id: 'n', type: 'networkAcl', ...condition } as NetworkAclCondition;
  expect(validateSchema(networkAcl.schema, config)).toEqual([]);
  expect(networkAcl.check!(config)).toEqual([]);
  return networkAcl.compile(config, NOW)(item);
};
const ssh = { direction: 'inbound', ports: 22, protocol: 'tcp', source: '0.0.0.0/0' } as const;

describe('networkAcl condition', () => {
  it('a deny before an allow shadows it', () => {
    expect(reachable(ssh, acl(entry(90, 'deny', '0.0.0.0/0', [22, 22]), entry(100, 'allow', '0.0.0.0/0', [0, 65535])))).toBeNull();
  });

  it('an allow before a deny lets traffic through, and says which rule', () => {
    expect(reachable(ssh, acl(entry(100, 'allow', '0.0.0.0/0', [22, 22]), entry(110, 'deny', '0.0.0.0/0', [22, 22])))).toEqual({
      condition: 'n',
      type: 'networkAcl',
      text: 'acl-1 inbound rule 100 allows tcp 22 from 0.0.0.0/0',
      seen: ['acl-1 inbound rule 100 allows tcp 22 from 0.0.0.0/0'],
    });
  });

  it('orders by rule number, not by list order', () => {
    expect(reachable(ssh, acl(entry(200, 'allow', '0.0.0.0/0', [22, 22]), entry(100, 'deny', '0.0.0.0/0', [0, 1024])))).toBeNull();
  });

  it('port ranges: an allow covering the port, and one that stops just short', () => {
    expect(reachable(ssh, acl(entry(100, 'allow', '0.0.0.0/0', [20, 25])))).not.toBeNull();
    expect(reachable(ssh, acl(entry(100, 'allow', '0.0.0.0/0', [23, 1024])))).toBeNull();
    expect(reachable({ ...ssh, ports: '0-1024' }, acl(entry(90, 'deny', '0.0.0.0/0', [0, 21]), entry(100, 'allow', '0.0.0.0/0', [0, 1024])))?.text).toBe(
      'acl-1 inbound rule 100 allows tcp 0-1024 from 0.0.0.0/0',
    );
  });

  it('the default * rule denies what no rule allows', () => {
    expect(reachable(ssh, acl())).toBeNull();
    expect(reachable(ssh, { NetworkAclId: 'acl-2', Entries: [] })).toBeNull();
  });

  it('an all-traffic allow covers every port and protocol', () => {
    expect(reachable(ssh, acl(entry(100, 'allow', '0.0.0.0/0', undefined, '-1')))).not.toBeNull();
    expect(reachable({ ...ssh, protocol: 'udp' }, acl(entry(100, 'allow', '0.0.0.0/0', [22, 22])))).toBeNull();
  });

  it('a deny of part of the source leaves the rest to later rules', () => {
    const partial = acl(entry(90, 'deny', '10.0.0.0/8', [22, 22]), entry(100, 'allow', '0.0.0.0/0', [22, 22]));
    expect(reachable(ssh, partial)).not.toBeNull();
    expect(reachable({ ...ssh, source: '10.1.0.0/16' }, partial)).toBeNull();
    const halves = acl(entry(80, 'deny', '0.0.0.0/1', [22, 22]), entry(90, 'deny', '128.0.0.0/1', [22, 22]), entry(100, 'allow', '0.0.0.0/0', [22, 22]));
    expect(reachable(ssh, halves)).toBeNull();
  });

  it('an allow for part of the source is enough', () => {
    expect(reachable(ssh, acl(entry(100, 'allow', '203.0.113.0/24', [22, 22])))?.text).toBe('acl-1 inbound rule 100 allows tcp 22 from 203.0.113.0/24');
  });

  it('any: IPv4 and IPv6 sources alike', () => {
    expect(reachable({ ports: 22, source: 'any' }, acl(entry(100, 'allow', '::/0', [22, 22])))?.text).toBe('acl-1 inbound rule 100 allows tcp 22 from ::/0');
  });

  it('reads the ACL an instance has through the NetworkAcl addon, and egress apart', () => {
    const instance = { InstanceId: 'i-1', NetworkAcl: acl(entry(100, 'allow', '0.0.0.0/0', [443, 443], '6', true)) };
    expect(reachable({ ports: 443, source: 'any' }, instance)).toBeNull();
    expect(reachable({ direction: 'outbound', ports: 443, source: 'any' }, instance)?.text).toBe('acl-1 outbound rule 100 allows tcp 443 to 0.0.0.0/0');
  });

  it.each([
    [{ ports: '22-' }, ['ports bad-ports']],
    [{ source: 'internet' }, ['source bad-cidr']],
  ])('rejects %j', (partial, problems) => {
    expect(networkAcl.check!({ id: 'n', type: 'networkAcl', ...partial } as NetworkAclCondition).map((p) => `${p.path.join('.')} ${p.code}`)).toEqual(problems);
  });
  describe('ICMP entries (they have no ports)', () => {
    const ping = (n: number, cidr: string, Protocol: string) => ({ ...entry(n, 'allow', cidr, undefined, Protocol), IcmpTypeCode: { Type: -1, Code: -1 } });
    const world = { direction: 'inbound', protocol: 'any', source: 'any' } as const;

    it('protocol any without ports asks about ICMP and ICMPv6 too', () => {
      expect(reachable(world, acl(ping(100, '0.0.0.0/0', '1')))?.text).toBe('acl-1 inbound rule 100 allows icmp from 0.0.0.0/0');
      expect(reachable(world, acl(ping(100, '::/0', '58')))?.text).toBe('acl-1 inbound rule 100 allows icmpv6 from ::/0');
      expect(reachable({ ...world, protocol: 'icmp' }, acl(ping(100, '0.0.0.0/0', '1')))).not.toBeNull();
      expect(reachable({ ...world, protocol: 'icmpv6' }, acl(ping(100, '0.0.0.0/0', '1')))).toBeNull();
    });

    it('a question about ports is not answered by an ICMP entry', () => {
      expect(reachable({ ...world, ports: 22 }, acl(ping(100, '0.0.0.0/0', '1')))).toBeNull();
    });

    it('an ICMP deny before an all-traffic allow shadows only ICMP', () => {
      const item = acl({ ...entry(90, 'deny', '0.0.0.0/0', undefined, '1') }, entry(100, 'allow', '0.0.0.0/0', undefined, '-1'));
      expect(reachable({ ...world, protocol: 'icmp', source: '0.0.0.0/0' }, item)).toBeNull();
      // The all-traffic entry is named once per protocol with ports, not again for ICMP.
      expect(reachable({ ...world, source: '0.0.0.0/0' }, item)?.seen).toEqual(['acl-1 inbound rule 100 allows tcp all ports from 0.0.0.0/0', 'acl-1 inbound rule 100 allows udp all ports from 0.0.0.0/0']);
    });
  });
});
