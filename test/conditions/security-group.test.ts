import { describe, expect, it } from 'vitest';
import { securityGroup, type SecurityGroupCondition } from '../../src/conditions/security-group.js';
import { validateSchema } from '../../src/model/validate.js';
import type { Item } from '../../src/providers/types.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const perm = (from: number | undefined, to: number | undefined, cidrs: string[], protocol = 'tcp', extra: Item = {}): Item => ({
  IpProtocol: protocol,
  ...(from === undefined ? {} : { FromPort: from, ToPort: to }),
  IpRanges: cidrs.filter((c) => !c.includes(':')).map((CidrIp) => ({ CidrIp })),
  Ipv6Ranges: cidrs.filter((c) => c.includes(':')).map((CidrIpv6) => ({ CidrIpv6 })),
  UserIdGroupPairs: [],
  ...extra,
});
const group = (id: string, ...inbound: Item[]): Item => ({ GroupId: id, IpPermissions: inbound, IpPermissionsEgress: [perm(undefined, undefined, ['0.0.0.0/0'], '-1')] });

const test = (condition: Omit<SecurityGroupCondition, 'id' | 'type'>, item: Item) => {
  const config = { id: 'sg', type: 'securityGroup', ...condition } as SecurityGroupCondition;
  expect(validateSchema(securityGroup.schema, config)).toEqual([]);
  expect(securityGroup.check!(config)).toEqual([]);
  return securityGroup.compile(config, NOW)(item);
};

describe('securityGroup condition', () => {
  it.each([
    ['a range ending at the port', group('sg-1', perm(20, 22, ['0.0.0.0/0'])), true],
    ['a range starting at the port', group('sg-1', perm(22, 25, ['0.0.0.0/0'])), true],
    ['a range ending just below', group('sg-1', perm(20, 21, ['0.0.0.0/0'])), false],
    ['a range starting just above', group('sg-1', perm(23, 30, ['0.0.0.0/0'])), false],
    ['an all-protocol (-1) rule', group('sg-1', perm(undefined, undefined, ['0.0.0.0/0'], '-1')), true],
    ['udp on 22 (asked: tcp)', group('sg-1', perm(22, 22, ['0.0.0.0/0'], 'udp')), false],
    ['protocol number 6 is tcp', group('sg-1', perm(22, 22, ['0.0.0.0/0'], '6')), true],
    ['::/0 only', group('sg-1', perm(22, 22, ['::/0'])), true],
    ['a /8, not the world', group('sg-1', perm(22, 22, ['10.0.0.0/8'])), false],
    ['outbound only', { GroupId: 'sg-1', IpPermissions: [], IpPermissionsEgress: [perm(22, 22, ['0.0.0.0/0'])] }, false],
  ])('inbound tcp 22 from any: %s -> %s', (_name, item, expected) => {
    expect(test({ direction: 'inbound', ports: 22, protocol: 'tcp', source: 'any' }, item) !== null).toBe(expected);
  });

  it('says which rule matched, and on AWS gives the matched permission, one per peer, for a revoke', () => {
    expect(test({ ports: 22, source: 'any' }, group('sg-0a1', perm(22, 22, ['0.0.0.0/0'])))).toEqual({
      condition: 'sg',
      type: 'securityGroup',
      text: 'sg-0a1 inbound tcp 22 from 0.0.0.0/0',
      seen: ['sg-0a1 inbound tcp 22 from 0.0.0.0/0'],
      rules: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    });
    // Only the world-open peer of a permission with two ranges: the other stays.
    expect(test({ ports: 22, source: 'any' }, group('sg-0a1', perm(22, 22, ['10.0.0.0/8', '0.0.0.0/0'])))?.rules).toEqual([{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]);
  });

  it('public: any range holding a public address, not only the world', () => {
    expect(test({ source: 'public' }, group('sg-1', perm(443, 443, ['203.0.113.0/24'])))).not.toBeNull();
    expect(test({ source: 'any' }, group('sg-1', perm(443, 443, ['203.0.113.0/24'])))).toBeNull();
    expect(test({ source: 'public' }, group('sg-1', perm(443, 443, ['10.1.0.0/16', '192.168.0.0/24', 'fd00::/8', 'fe80::/64'])))).toBeNull();
    expect(test({ source: 'public' }, group('sg-1', perm(443, 443, ['172.0.0.0/8'])))).not.toBeNull(); // wider than 172.16/12
  });

  it('a CIDR source: the rule must admit all of it', () => {
    const item = group('sg-1', perm(5432, 5432, ['10.0.0.0/8']));
    expect(test({ source: '10.1.2.3/32' }, item)).not.toBeNull();
    expect(test({ source: '10.0.0.0/8' }, item)).not.toBeNull();
    expect(test({ source: '0.0.0.0/0' }, item)).toBeNull();
  });

  it('allowedCidrs: rules admitting sources outside the trusted list', () => {
    const item = group('sg-1', perm(443, 443, ['10.0.0.0/8']), perm(22, 22, ['192.168.1.0/24']), perm(8080, 8080, ['198.51.100.7/32']));
    expect(test({ allowedCidrs: ['10.0.0.0/8', '192.168.0.0/16'] }, item)?.seen).toEqual(['sg-1 inbound tcp 8080 from 198.51.100.7/32']);
    expect(test({ allowedCidrs: ['10.0.0.0/8', '192.168.0.0/16', '198.51.100.0/24'] }, item)).toBeNull();
  });

  it('a group reference as the source', () => {
    const item = group('sg-db', perm(5432, 5432, [], 'tcp', { UserIdGroupPairs: [{ GroupId: 'sg-app', UserId: '111111111111' }] }));
    expect(test({ source: 'sg-app', ports: 5432 }, item)?.text).toBe('sg-db inbound tcp 5432 from sg-app');
    expect(test({ source: 'sg-other' }, item)).toBeNull();
    expect(test({ source: 'any' }, item)).toBeNull();
  });

  it('an RDS instance with two groups where only the second is open', () => {
    const db = { DBInstanceIdentifier: 'db', SecurityGroups: [group('sg-a', perm(5432, 5432, ['10.0.0.0/8'])), group('sg-b', perm(5432, 5432, ['0.0.0.0/0']))] };
    expect(test({ ports: '0-65535', protocol: 'any', source: 'any' }, db)?.seen).toEqual(['sg-b inbound tcp 5432 from 0.0.0.0/0']);
  });

  it('covers: the rule must span every port asked for', () => {
    expect(test({ ports: '0-65535', portMatch: 'covers', source: 'any' }, group('sg-1', perm(0, 65535, ['0.0.0.0/0'])))).not.toBeNull();
    expect(test({ ports: '0-65535', portMatch: 'covers', source: 'any' }, group('sg-1', perm(22, 22, ['0.0.0.0/0'])))).toBeNull();
    expect(test({ ports: '0-65535', portMatch: 'covers', source: 'any' }, group('sg-1', perm(undefined, undefined, ['0.0.0.0/0'], '-1')))).not.toBeNull();
  });

  it('ICMP rules answer only ICMP questions', () => {
    const item = group('sg-1', perm(-1, -1, ['0.0.0.0/0'], 'icmp'));
    expect(test({ ports: 22, source: 'any' }, item)).toBeNull();
    expect(test({ protocol: 'icmp', source: 'any' }, item)).not.toBeNull();
  });

  describe('a condition that names no protocol considers rules of every protocol', () => {
    const icmp = perm(-1, -1, ['0.0.0.0/0'], 'icmp');
    const echo6 = perm(128, -1, ['::/0'], '58');
    const all = perm(undefined, undefined, ['0.0.0.0/0'], '-1');
    const esp = perm(undefined, undefined, ['0.0.0.0/0'], '50');

    it.each([
      ['ICMP from 0.0.0.0/0', icmp, 'sg-1 inbound icmp all types from 0.0.0.0/0'],
      ['ICMPv6 (58) echo from ::/0', echo6, 'sg-1 inbound icmpv6 type 128 from ::/0'],
      ['ICMP echo reply type 0 code 0', perm(0, 0, ['198.51.100.0/24'], 'icmp'), 'sg-1 inbound icmp type 0 code 0 from 198.51.100.0/24'],
      ['all protocols (-1)', all, 'sg-1 inbound all all ports from 0.0.0.0/0'],
      ['a protocol without ports (50, ESP)', esp, 'sg-1 inbound protocol 50 from 0.0.0.0/0'],
      ['udp', perm(53, 53, ['0.0.0.0/0'], 'udp'), 'sg-1 inbound udp 53 from 0.0.0.0/0'],
    ])('outside the allowed ranges (AWS-EC2-005): %s', (_name, permission, reason) => {
      const match = test({ direction: 'inbound', allowedCidrs: ['10.0.0.0/8', '192.168.0.0/16'] }, group('sg-1', permission));
      expect(match?.text).toBe(reason);
      expect(match?.seen).toEqual([reason]);
    });

    it('inside the allowed ranges, ICMP passes', () => {
      expect(test({ direction: 'inbound', allowedCidrs: ['10.0.0.0/8'] }, group('sg-1', perm(-1, -1, ['10.2.0.0/16'], 'icmp')))).toBeNull();
    });

    it('source any without ports: ICMP and ICMPv6 from the world match, with the permission to revoke', () => {
      expect(test({ source: 'any' }, group('sg-1', icmp))?.rules).toEqual([{ IpProtocol: 'icmp', FromPort: -1, ToPort: -1, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]);
      expect(test({ source: 'any' }, group('sg-1', echo6))?.rules).toEqual([{ IpProtocol: '58', FromPort: 128, ToPort: -1, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }]);
    });

    it('a question about ports is not about ping: ICMP rules do not answer it; a portless protocol (ESP) admits all its traffic, so it does', () => {
      for (const permission of [icmp, echo6]) expect(test({ ports: '0-65535', source: 'any' }, group('sg-1', permission))).toBeNull();
      expect(test({ ports: 22, source: 'any' }, group('sg-1', esp))?.seen).toEqual(['sg-1 inbound protocol 50 from 0.0.0.0/0']);
      expect(test({ ports: 22, protocol: 'tcp', source: 'any' }, group('sg-1', esp))).toBeNull();
      expect(test({ ports: 22, source: 'any' }, group('sg-1', all))).not.toBeNull();
    });

    it('protocol icmp asks about ICMP of both IP versions; icmpv6 only about 58; tcp about neither', () => {
      const both = group('sg-1', icmp, echo6);
      expect(test({ protocol: 'icmp', source: 'any' }, both)?.seen).toEqual(['sg-1 inbound icmp all types from 0.0.0.0/0', 'sg-1 inbound icmpv6 type 128 from ::/0']);
      expect(test({ protocol: 'icmpv6', source: 'any' }, both)?.seen).toEqual(['sg-1 inbound icmpv6 type 128 from ::/0']);
      expect(test({ protocol: 'tcp', source: 'any' }, both)).toBeNull();
      expect(test({ protocol: 'icmp', ports: 22, source: 'any' }, group('sg-1', all))?.seen).toEqual(['sg-1 inbound all all ports from 0.0.0.0/0']);
    });

    it('Azure and GCP ICMP rules too', () => {
      const nsg = { name: 'nsg', properties: { securityRules: [{ name: 'ping', properties: { direction: 'Inbound', access: 'Allow', protocol: 'Icmp', sourceAddressPrefix: '*', destinationPortRange: '*', priority: 100 } }] } };
      expect(test({ source: 'any' }, nsg)?.seen).toEqual(['nsg/ping inbound icmp all types from 0.0.0.0/0', 'nsg/ping inbound icmp all types from ::/0']);
      const firewall = { resource: { data: { name: 'fw', direction: 'INGRESS', sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'icmp' }] } } };
      expect(test({ allowedCidrs: ['10.0.0.0/8'] }, firewall)?.text).toBe('fw inbound icmp all types from 0.0.0.0/0');
    });
  });

  it('reads Azure NSG rules (Allow only, Internet and * as anywhere)', () => {
    const nsg = {
      name: 'nsg-web',
      type: 'microsoft.network/networksecuritygroups',
      properties: {
        securityRules: [
          { name: 'ssh', properties: { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourceAddressPrefix: 'Internet', destinationPortRange: '22', priority: 100 } },
          { name: 'rdp-deny', properties: { direction: 'Inbound', access: 'Deny', protocol: '*', sourceAddressPrefix: '*', destinationPortRange: '3389', priority: 110 } },
          { name: 'app', properties: { direction: 'Inbound', access: 'Allow', protocol: '*', sourceAddressPrefixes: ['10.0.0.0/8'], destinationPortRanges: ['8000-8100'], priority: 120 } },
        ],
      },
    };
    expect(test({ ports: [22, 3389], source: 'any' }, nsg)?.seen).toEqual(['nsg-web/ssh inbound tcp 22 from 0.0.0.0/0', 'nsg-web/ssh inbound tcp 22 from ::/0']);
    expect(test({ ports: 8080, source: '10.2.0.0/16' }, nsg)?.text).toBe('nsg-web/app inbound all 8000-8100 from 10.0.0.0/8');
  });

  describe('Azure NSG deny rules, by priority', () => {
    const rule = (name: string, priority: number, access: 'Allow' | 'Deny', source: string, ports: string, protocol = 'Tcp') => ({
      name,
      properties: { direction: 'Inbound', access, protocol, sourceAddressPrefix: source, destinationPortRange: ports, priority },
    });
    const nsg = (...securityRules: object[]) => ({ name: 'nsg', properties: { securityRules } });

    it('a deny before an allow shadows it; after it, the allow stands', () => {
      const shadowed = nsg(rule('allow-ssh', 200, 'Allow', '*', '22'), rule('deny-ssh', 100, 'Deny', '*', '22'));
      expect(test({ ports: 22, source: 'public' }, shadowed)).toBeNull();
      const late = nsg(rule('allow-ssh', 200, 'Allow', '*', '22'), rule('deny-ssh', 300, 'Deny', '*', '22'));
      expect(test({ ports: 22, source: 'any' }, late)?.seen).toEqual(['nsg/allow-ssh inbound tcp 22 from 0.0.0.0/0', 'nsg/allow-ssh inbound tcp 22 from ::/0']);
    });

    it('a deny of part of the source leaves the rest, and says so', () => {
      const item = nsg(rule('block-bad', 100, 'Deny', '203.0.113.0/24', '22'), rule('allow-ssh', 200, 'Allow', '0.0.0.0/0', '22'));
      expect(test({ ports: 22, source: 'any' }, item)).toBeNull();
      expect(test({ ports: 22, source: 'public' }, item)?.seen).toEqual(['nsg/allow-ssh inbound tcp 22 from 0.0.0.0/0 except 203.0.113.0/24 (deny rule block-bad)']);
      expect(test({ ports: 22, source: '198.51.100.0/24' }, item)).not.toBeNull();
      expect(test({ ports: 22, source: '203.0.113.0/25' }, item)).toBeNull();
    });

    it('a deny of part of the ports leaves the other ports', () => {
      const item = nsg(rule('deny-ftp', 100, 'Deny', '*', '20-21'), rule('allow-range', 200, 'Allow', '*', '20-25'));
      expect(test({ ports: 21, source: 'any' }, item)).toBeNull();
      expect(test({ ports: 22, source: 'any' }, item)?.text).toBe('nsg/allow-range inbound tcp 22-25 from 0.0.0.0/0; nsg/allow-range inbound tcp 22-25 from ::/0');
    });

    it('a deny of Internet takes only public addresses; a service tag deny takes that tag', () => {
      const item = nsg(rule('deny-internet', 100, 'Deny', 'Internet', '*'), rule('allow-corp', 200, 'Allow', '10.0.0.0/8', '22'), rule('allow-world', 210, 'Allow', '*', '443'));
      expect(test({ ports: 22, source: '10.2.0.0/16' }, item)?.text).toBe('nsg/allow-corp inbound tcp 22 from 10.0.0.0/8');
      expect(test({ ports: 443, source: 'public' }, item)).toBeNull();
      const tags = nsg(rule('deny-vnet', 100, 'Deny', 'VirtualNetwork', '*'), rule('allow-vnet', 200, 'Allow', 'VirtualNetwork', '22'));
      expect(test({ ports: 22 }, tags)).toBeNull();
    });

    it('a deny of one protocol does not hide an all-protocol allow (reported rather than missed)', () => {
      const item = nsg(rule('deny-tcp', 100, 'Deny', '*', '22', 'Tcp'), rule('allow-all', 200, 'Allow', '*', '22', '*'));
      expect(test({ ports: 22, protocol: 'udp', source: 'any' }, item)).not.toBeNull();
      expect(test({ ports: 22, protocol: 'tcp', source: 'any' }, item)).not.toBeNull();
    });
  });

  it('reads GCP firewall assets (enabled, allowed, port strings)', () => {
    const firewall = (data: Item) => ({ assetType: 'compute.googleapis.com/Firewall', resource: { data: { name: 'fw', direction: 'INGRESS', sourceRanges: ['0.0.0.0/0'], ...data } } });
    expect(test({ ports: 3389, protocol: 'tcp', source: 'any' }, firewall({ allowed: [{ IPProtocol: 'tcp', ports: ['3000-4000'] }] }))).not.toBeNull();
    expect(test({ ports: 22, protocol: 'tcp', source: 'any' }, firewall({ allowed: [{ IPProtocol: 'tcp', ports: ['443', '80-90'] }] }))).toBeNull();
    expect(test({ ports: 22, protocol: 'tcp', source: 'any' }, firewall({ allowed: [{ IPProtocol: 'all' }] }))?.text).toBe('fw inbound all all ports from 0.0.0.0/0');
    expect(test({ ports: 22, protocol: 'tcp', source: 'any' }, firewall({ allowed: [{ IPProtocol: 'tcp', ports: ['22'] }], disabled: true }))).toBeNull();
    expect(test({ ports: 22, source: 'any' }, firewall({ direction: 'EGRESS', destinationRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp' }] }))).toBeNull();
  });

  describe('GCP deny firewall rules, by priority, network and targets', () => {
    const NET = 'https://www.googleapis.com/compute/v1/projects/p1/global/networks/prod';
    const fw = (name: string, data: Item): Item => ({
      name: `//compute.googleapis.com/projects/p1/global/firewalls/${name}`,
      assetType: 'compute.googleapis.com/Firewall',
      resource: { data: { name, network: NET, direction: 'INGRESS', priority: 1000, sourceRanges: ['0.0.0.0/0'], ...data } },
    });
    const allowSsh = (extra: Item = {}) => fw('allow-ssh', { allowed: [{ IPProtocol: 'tcp', ports: ['22'] }], ...extra });
    const deny = (name: string, extra: Item = {}) => fw(name, { priority: 900, denied: [{ IPProtocol: 'tcp', ports: ['22'] }], ...extra });
    /** The allow rule with the deny rules a joiner put beside it. */
    const withDenies = (allow: Item, ...denies: Item[]): Item => ({ ...allow, denyRules: denies });
    const ask = (item: Item, condition: Omit<SecurityGroupCondition, 'id' | 'type'> = {}) => test({ ports: 22, protocol: 'tcp', source: 'any', denyRules: '$.denyRules', ...condition }, item);

    it('a deny that comes first (lower number, or the same: deny wins a tie) takes the allow; a later one does not', () => {
      expect(ask(withDenies(allowSsh(), deny('deny-ssh')))).toBeNull();
      expect(ask(withDenies(allowSsh(), deny('deny-ssh', { priority: 1000 })))).toBeNull();
      expect(ask(withDenies(allowSsh(), deny('deny-ssh', { priority: 1001 })))?.text).toBe('allow-ssh inbound tcp 22 from 0.0.0.0/0');
      // No priority is 1000, as the Compute API defines it.
      expect(ask(withDenies(allowSsh({ priority: undefined }), deny('deny-ssh', { priority: undefined })))).toBeNull();
    });

    it('without denyRules, or with no deny beside the rule, the allow is read as before', () => {
      expect(test({ ports: 22, protocol: 'tcp', source: 'any' }, withDenies(allowSsh(), deny('deny-ssh')))?.text).toBe('allow-ssh inbound tcp 22 from 0.0.0.0/0');
      expect(ask(withDenies(allowSsh()))?.text).toBe('allow-ssh inbound tcp 22 from 0.0.0.0/0');
      expect(ask(allowSsh())?.text).toBe('allow-ssh inbound tcp 22 from 0.0.0.0/0');
    });

    it('only an enabled deny of the same direction and network counts (any URL form of the network)', () => {
      expect(ask(withDenies(allowSsh(), deny('deny-ssh', { disabled: true })))).not.toBeNull();
      expect(ask(withDenies(allowSsh(), deny('deny-ssh', { direction: 'EGRESS', destinationRanges: ['0.0.0.0/0'], sourceRanges: undefined })))).not.toBeNull();
      expect(ask(withDenies(allowSsh(), deny('deny-ssh', { network: 'https://www.googleapis.com/compute/v1/projects/p1/global/networks/dev' })))).not.toBeNull();
      expect(ask(withDenies(allowSsh(), deny('deny-ssh', { network: 'https://compute.googleapis.com/compute/beta/projects/p1/global/networks/prod' })))).toBeNull();
    });

    it('a deny must apply to every instance the allow does: all instances, or a superset of its target tags or accounts', () => {
      expect(ask(withDenies(allowSsh(), deny('deny-web', { targetTags: ['web'] })))?.text).toBe('allow-ssh inbound tcp 22 from 0.0.0.0/0');
      expect(ask(withDenies(allowSsh({ targetTags: ['web'] }), deny('deny-web', { targetTags: ['web', 'db'] })))).toBeNull();
      expect(ask(withDenies(allowSsh({ targetTags: ['web', 'db'] }), deny('deny-web', { targetTags: ['web'] })))).not.toBeNull();
      expect(ask(withDenies(allowSsh({ targetTags: ['web'] }), deny('deny-all')))).toBeNull();
      const sa = 'app@p1.iam.gserviceaccount.com';
      expect(ask(withDenies(allowSsh({ targetServiceAccounts: [sa] }), deny('deny-sa', { targetServiceAccounts: [sa] })))).toBeNull();
      expect(ask(withDenies(allowSsh({ targetTags: ['web'] }), deny('deny-sa', { targetServiceAccounts: [sa] })))).not.toBeNull();
    });

    it('a deny of part of the source leaves the rest, and says which rule took what', () => {
      const item = withDenies(allowSsh(), deny('block-bad', { sourceRanges: ['203.0.113.0/24'] }));
      expect(ask(item)).toBeNull();
      expect(ask(item, { source: 'public' })?.seen).toEqual(['allow-ssh inbound tcp 22 from 0.0.0.0/0 except 203.0.113.0/24 (deny rule block-bad)']);
      expect(ask(item, { source: '198.51.100.0/24' })).not.toBeNull();
      expect(ask(item, { source: '203.0.113.0/25' })).toBeNull();
      // Two denies that each take half of the address space take it all between them.
      const halves = withDenies(allowSsh(), deny('deny-low', { sourceRanges: ['0.0.0.0/1'] }), deny('deny-high', { sourceRanges: ['128.0.0.0/1'] }));
      expect(ask(halves, { source: 'public' })).toBeNull();
    });

    it('a deny of part of the ports leaves the other ports', () => {
      const item = withDenies(fw('allow-range', { allowed: [{ IPProtocol: 'tcp', ports: ['20-25'] }] }), deny('deny-ssh'));
      expect(ask(item)).toBeNull();
      expect(ask(item, { ports: [21, 23] })?.seen).toEqual(['allow-range inbound tcp 20-21 from 0.0.0.0/0', 'allow-range inbound tcp 23-25 from 0.0.0.0/0']);
      // A deny of every port of the protocol (no ports listed) takes the whole range.
      expect(ask(withDenies(fw('allow-range', { allowed: [{ IPProtocol: 'tcp', ports: ['20-25'] }] }), deny('deny-tcp', { denied: [{ IPProtocol: 'tcp' }] })), { ports: '0-65535' })).toBeNull();
    });

    it('a deny of one protocol splits an all-protocol allow: that protocol less the deny, and all the others', () => {
      const item = withDenies(fw('allow-all', { allowed: [{ IPProtocol: 'all' }] }), deny('deny-admin', { denied: [{ IPProtocol: 'tcp', ports: ['22', '3389'] }] }));
      expect(ask(item, { ports: [22, 3389] })).toBeNull();
      expect(ask(item, { ports: 443 })?.seen).toEqual(['allow-all inbound tcp 23-3388 from 0.0.0.0/0']);
      expect(ask(item, { protocol: 'udp' })?.seen).toEqual(['allow-all inbound all except tcp all ports from 0.0.0.0/0']);
      expect(ask(item, { protocol: 'any', ports: 22 })?.seen).toEqual(['allow-all inbound all except tcp all ports from 0.0.0.0/0']);
      // A deny of every protocol takes everything.
      expect(ask(withDenies(fw('allow-all', { allowed: [{ IPProtocol: 'all' }] }), deny('deny-all', { denied: [{ IPProtocol: 'all' }] })), { protocol: 'any', ports: '0-65535' })).toBeNull();
    });

    it('source tags and accounts: taken by a deny of the same tag or account, not by a deny of some addresses', () => {
      const tagged = fw('allow-from-bastion', { sourceRanges: undefined, sourceTags: ['bastion'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] });
      expect(ask(withDenies(tagged, deny('deny-bastion', { sourceRanges: undefined, sourceTags: ['bastion'] })), { source: 'bastion' })).toBeNull();
      expect(ask(withDenies(tagged, deny('deny-world')), { source: 'bastion' })?.text).toBe('allow-from-bastion inbound tcp 22 from bastion');
      expect(ask(withDenies(tagged, deny('deny-everything', { sourceRanges: ['0.0.0.0/0', '::/0'] })), { source: 'bastion' })).toBeNull();
    });

    it('an ingress rule that names no source admits every IPv4 address', () => {
      expect(test({ ports: 22, source: 'any' }, fw('no-source', { sourceRanges: undefined, allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }))?.text).toBe('no-source inbound tcp 22 from 0.0.0.0/0');
    });

    it('rejects a denyRules path that does not parse', () => {
      expect(securityGroup.check!({ id: 'sg', type: 'securityGroup', denyRules: '$.[' } as SecurityGroupCondition).map((p) => `${p.path.join('.')} ${p.code}`)).toEqual(['denyRules bad-jsonpath']);
    });
  });

  it.each([
    [{ ports: '22-' }, ['ports bad-ports']],
    [{ ports: [22, 70000] }, ['ports.1 bad-ports']],
    [{ source: '10.0.0.0/33' }, ['source bad-cidr']],
    [{ allowedCidrs: ['10.0.0.0/8', 'office'] }, ['allowedCidrs.1 bad-cidr']],
  ])('rejects %j', (partial, problems) => {
    const found = securityGroup.check!({ id: 'sg', type: 'securityGroup', ...partial } as SecurityGroupCondition);
    expect(found.map((p) => `${p.path.join('.')} ${p.code}`)).toEqual(problems);
  });

  it('rejects an unknown direction by schema', () => {
    expect(validateSchema(securityGroup.schema, { id: 'sg', type: 'securityGroup', direction: 'ingress' }).map((p) => p.code)).toEqual(['bad-value']);
  });
});
