import nock from 'nock';

/**
 * A small AWS account (one region) behind nock that answers the bundled AWS controls' reads
 * from mutable state and applies the remediation writes to it, so a scan after a remediation
 * sees the change. Every write request is recorded as its query-protocol form.
 */
export const ACCOUNT = '111111111111';
/**
 * The bundled controls whose reads the mocked estates answer (EC2 and RDS: the first nine AWS
 * controls). Tests of the live provider and of remediation select these with --only, so that
 * content added later (S3, CloudTrail, KMS … each tested by its own .test.yaml) does not send
 * them calls nobody mocks.
 */
export const ESTATE_CONTROLS = ['AWS-EBS-001', 'AWS-EBS-002', 'AWS-EC2-001', 'AWS-EC2-002', 'AWS-EC2-003', 'AWS-EC2-004', 'AWS-EC2-005', 'AWS-RDS-001', 'AWS-RDS-002'];
export const REGION = 'us-east-1';

export interface Permission {
  protocol: string;
  from?: number;
  to?: number;
  cidr?: string;
  cidrV6?: string;
}
export interface Group {
  id: string;
  name: string;
  vpc: string;
  inbound: Permission[];
  outbound: Permission[];
}
export interface Instance {
  id: string;
  vpc: string;
  publicIp?: string;
  tokens: 'optional' | 'required';
  groups: string[];
  tags: Record<string, string>;
}
export interface Db {
  id: string;
  isPublic: boolean;
  encrypted: boolean;
  tags: Record<string, string>;
  /** VPC security group ids (none by default). */
  groups?: string[];
}
export interface Snapshot {
  id: string;
  isPublic: boolean;
}
export interface Estate {
  groups: Group[];
  instances: Instance[];
  dbs: Db[];
  snapshots: Snapshot[];
}

export type Form = Record<string, string>;
const form = (body: unknown): Form => (typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Form));

export function sampleEstate(): Estate {
  return {
    groups: [
      { id: 'sg-open', name: 'web', vpc: 'vpc-1', inbound: [{ protocol: 'tcp', from: 22, to: 22, cidr: '0.0.0.0/0' }, { protocol: 'tcp', from: 443, to: 443, cidr: '10.0.0.0/8' }], outbound: [] },
      { id: 'sg-closed', name: 'db', vpc: 'vpc-1', inbound: [{ protocol: 'tcp', from: 5432, to: 5432, cidr: '10.0.0.0/8' }], outbound: [] },
    ],
    instances: [
      { id: 'i-web', vpc: 'vpc-1', publicIp: '203.0.113.10', tokens: 'optional', groups: ['sg-open'], tags: { Name: 'web' } },
      { id: 'i-app', vpc: 'vpc-1', tokens: 'required', groups: ['sg-closed'], tags: {} },
    ],
    dbs: [
      { id: 'db-public', isPublic: true, encrypted: true, tags: {} },
      { id: 'db-plain', isPublic: false, encrypted: false, tags: {} },
      { id: 'db-good', isPublic: false, encrypted: true, tags: {} },
    ],
    snapshots: [
      { id: 'snap-public', isPublic: true },
      { id: 'snap-private', isPublic: false },
    ],
  };
}

const NS = 'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"';
const tagSet = (tags: Record<string, string>) => `<tagSet>${Object.entries(tags).map(([k, v]) => `<item><key>${k}</key><value>${v}</value></item>`).join('')}</tagSet>`;
const permissionXml = (p: Permission) =>
  `<item><ipProtocol>${p.protocol}</ipProtocol>${p.from === undefined ? '' : `<fromPort>${p.from}</fromPort><toPort>${p.to}</toPort>`}` +
  `<ipRanges>${p.cidr ? `<item><cidrIp>${p.cidr}</cidrIp></item>` : ''}</ipRanges><ipv6Ranges>${p.cidrV6 ? `<item><cidrIpv6>${p.cidrV6}</cidrIpv6></item>` : ''}</ipv6Ranges><groups/><prefixListIds/></item>`;
const groupXml = (g: Group) =>
  `<item><ownerId>${ACCOUNT}</ownerId><groupId>${g.id}</groupId><groupName>${g.name}</groupName><groupDescription>d</groupDescription><vpcId>${g.vpc}</vpcId>` +
  `<ipPermissions>${g.inbound.map(permissionXml).join('')}</ipPermissions><ipPermissionsEgress>${g.outbound.map(permissionXml).join('')}</ipPermissionsEgress></item>`;
const instanceXml = (i: Instance) =>
  `<item><instanceId>${i.id}</instanceId><instanceType>t3.micro</instanceType><instanceState><code>16</code><name>running</name></instanceState><vpcId>${i.vpc}</vpcId>` +
  `${i.publicIp ? `<ipAddress>${i.publicIp}</ipAddress>` : ''}<metadataOptions><state>applied</state><httpTokens>${i.tokens}</httpTokens><httpEndpoint>enabled</httpEndpoint></metadataOptions>` +
  `<groupSet>${i.groups.map((g) => `<item><groupId>${g}</groupId></item>`).join('')}</groupSet>${tagSet(i.tags)}</item>`;
const snapshotXml = (s: Snapshot) =>
  `<item><snapshotId>${s.id}</snapshotId><volumeId>vol-1</volumeId><status>completed</status><startTime>2026-10-01T00:00:00.000Z</startTime><ownerId>${ACCOUNT}</ownerId><volumeSize>8</volumeSize><description>d</description><encrypted>true</encrypted></item>`;
const dbXml = (d: Db) =>
  `<DBInstance><DBInstanceIdentifier>${d.id}</DBInstanceIdentifier><DBInstanceArn>arn:aws:rds:${REGION}:${ACCOUNT}:db:${d.id}</DBInstanceArn><Engine>postgres</Engine>` +
  `<PubliclyAccessible>${d.isPublic}</PubliclyAccessible><StorageEncrypted>${d.encrypted}</StorageEncrypted>` +
  `<VpcSecurityGroups>${(d.groups ?? []).map((g) => `<VpcSecurityGroupMembership><VpcSecurityGroupId>${g}</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroupMembership>`).join('')}</VpcSecurityGroups>` +
  `<TagList>${Object.entries(d.tags).map(([k, v]) => `<Tag><Key>${k}</Key><Value>${v}</Value></Tag>`).join('')}</TagList></DBInstance>`;
const ec2Reply = (action: string, inner: string) => `<${action}Response ${NS}><requestId>r</requestId>${inner}</${action}Response>`;
const ec2Error = (code: string, message: string) => `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>r</RequestID></Response>`;
const rdsError = (code: string, message: string) => `<ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`;

/** Query-protocol lists: `Prefix.1.Key`, `Prefix.2.Key` … as arrays of their sub-forms. */
function listOf(f: Form, prefix: string): Form[] {
  const out: Form[] = [];
  for (const [key, value] of Object.entries(f)) {
    const m = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)(?:\\.(.+))?$`).exec(key);
    if (!m) continue;
    const i = Number(m[1]) - 1;
    out[i] ??= {};
    out[i][m[2] ?? ''] = value;
  }
  return out;
}

export interface MockedEstate {
  /** Every write request, in order: `{ Action, ...form }` without Version. */
  writes: Form[];
  /** Reads by action name. */
  reads: Record<string, number>;
  /** Every read request, in order: `{ Action, ...form }` without Version (the parameters a read was narrowed by). */
  readForms: Form[];
  /** Refuse the next write of this action with this error code (400). */
  failNext(action: string, code: string): void;
  /** Hold this write (by action and a form value) until released: a request in flight. */
  hold(action: string, match: (f: Form) => boolean): { released: () => void; reached: Promise<void> };
}

const READS = new Set(['DescribeSecurityGroups', 'DescribeInstances', 'DescribeSnapshots', 'DescribeDBInstances', 'GetCallerIdentity']);

export function mockAwsEstate(state: Estate): MockedEstate {
  const writes: Form[] = [];
  const reads: Record<string, number> = {};
  const readForms: Form[] = [];
  const failures = new Map<string, string>();
  const holds: { action: string; match: (f: Form) => boolean; gate: Promise<void>; arrive: () => void }[] = [];
  let created = 0;

  const handle = async (body: unknown): Promise<[number, string]> => {
    const { Action: action = '', Version: _version, ...rest } = form(body);
    const f = rest;
    if (READS.has(action)) {
      reads[action] = (reads[action] ?? 0) + 1;
      readForms.push({ Action: action, ...f });
    }
    else writes.push({ Action: action, ...f });
    const held = holds.find((h) => h.action === action && h.match(f));
    if (held) {
      held.arrive();
      await held.gate;
    }
    const failure = failures.get(action);
    if (failure) {
      failures.delete(action);
      return [400, action.includes('DB') || action === 'AddTagsToResource' ? rdsError(failure, 'refused by the mock') : ec2Error(failure, 'refused by the mock')];
    }
    switch (action) {
      case 'GetCallerIdentity':
        return [200, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${ACCOUNT}:user/ci</Arn><UserId>AID</UserId><Account>${ACCOUNT}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`];
      case 'DescribeSecurityGroups': {
        const filters = listOf(f, 'Filter');
        const wanted = state.groups.filter((g) =>
          filters.every((flt) => {
            const values = Object.entries(flt).filter(([k]) => k.startsWith('Value.')).map(([, v]) => v);
            return flt.Name === 'group-name' ? values.includes(g.name) : flt.Name === 'vpc-id' ? values.includes(g.vpc) : true;
          }),
        );
        return [200, ec2Reply(action, `<securityGroupInfo>${wanted.map(groupXml).join('')}</securityGroupInfo>`)];
      }
      case 'DescribeInstances': {
        // InstanceIds narrows the read, as EC2 does (an unknown id is an error).
        const ids = listOf(f, 'InstanceId').map((i) => i['']!);
        const unknown = ids.find((id) => !state.instances.some((i) => i.id === id));
        if (unknown) return [400, ec2Error('InvalidInstanceID.NotFound', `The instance ID '${unknown}' does not exist`)];
        const listed = ids.length > 0 ? state.instances.filter((i) => ids.includes(i.id)) : state.instances;
        return [200, ec2Reply(action, `<reservationSet><item><reservationId>r-1</reservationId><ownerId>${ACCOUNT}</ownerId><instancesSet>${listed.map(instanceXml).join('')}</instancesSet></item></reservationSet>`)];
      }
      case 'DescribeSnapshots': {
        const list = f['RestorableBy.1'] === 'all' ? state.snapshots.filter((s) => s.isPublic) : state.snapshots;
        return [200, ec2Reply(action, `<snapshotSet>${list.map(snapshotXml).join('')}</snapshotSet>`)];
      }
      case 'DescribeDBInstances':
        return [200, `<DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBInstancesResult><DBInstances>${state.dbs.map(dbXml).join('')}</DBInstances></DescribeDBInstancesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeDBInstancesResponse>`];
      case 'RevokeSecurityGroupIngress':
      case 'RevokeSecurityGroupEgress': {
        const group = state.groups.find((g) => g.id === f.GroupId);
        if (!group) return [400, ec2Error('InvalidGroup.NotFound', `The security group '${f.GroupId}' does not exist`)];
        const side = action.endsWith('Ingress') ? 'inbound' : 'outbound';
        const unknown: string[] = [];
        for (const p of listOf(f, 'IpPermissions')) {
          const same = (q: Permission) =>
            q.protocol === p.IpProtocol && String(q.from ?? '') === (p.FromPort ?? '') && String(q.to ?? '') === (p.ToPort ?? '') && (q.cidr ?? '') === (p['IpRanges.1.CidrIp'] ?? '') && (q.cidrV6 ?? '') === (p['Ipv6Ranges.1.CidrIpv6'] ?? '');
          const before = group[side].length;
          group[side] = group[side].filter((q) => !same(q));
          if (group[side].length === before) unknown.push(permissionXml({ protocol: p.IpProtocol!, cidr: p['IpRanges.1.CidrIp'] }));
        }
        return [200, ec2Reply(action, unknown.length > 0 ? `<return>false</return><unknownIpPermissionSet>${unknown.join('')}</unknownIpPermissionSet>` : '<return>true</return>')];
      }
      case 'CreateSecurityGroup': {
        const id = `sg-quarantine${++created}`;
        state.groups.push({ id, name: f.GroupName!, vpc: f.VpcId!, inbound: [], outbound: [{ protocol: '-1', cidr: '0.0.0.0/0' }] });
        return [200, ec2Reply(action, `<return>true</return><groupId>${id}</groupId>`)];
      }
      case 'ModifyInstanceAttribute': {
        const instance = state.instances.find((i) => i.id === f.InstanceId)!;
        instance.groups = listOf(f, 'GroupId').map((g) => g['']!);
        return [200, ec2Reply(action, '<return>true</return>')];
      }
      case 'CreateTags': {
        const tags = listOf(f, 'Tag');
        for (const r of listOf(f, 'ResourceId')) {
          const instance = state.instances.find((i) => i.id === r['']);
          for (const t of tags) if (instance) instance.tags[t.Key!] = t.Value!;
        }
        return [200, ec2Reply(action, '<return>true</return>')];
      }
      case 'ModifySnapshotAttribute': {
        const snapshot = state.snapshots.find((s) => s.id === f.SnapshotId)!;
        if (f.OperationType === 'remove' && f['UserGroup.1'] === 'all') snapshot.isPublic = false;
        return [200, ec2Reply(action, '')];
      }
      case 'ModifyDBInstance': {
        const db = state.dbs.find((d) => d.id === f.DBInstanceIdentifier)!;
        if (f.PubliclyAccessible === 'false') db.isPublic = false;
        return [200, `<ModifyDBInstanceResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><ModifyDBInstanceResult>${dbXml(db)}</ModifyDBInstanceResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ModifyDBInstanceResponse>`];
      }
      case 'AddTagsToResource': {
        const db = state.dbs.find((d) => f.ResourceName?.endsWith(`:db:${d.id}`))!;
        for (const t of listOf(f, 'Tags.Tag')) db.tags[t.Key!] = t.Value!;
        return [200, `<AddTagsToResourceResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AddTagsToResourceResponse>`];
      }
      default:
        return [400, ec2Error('InvalidAction', `the mock does not know ${action}`)];
    }
  };

  for (const host of [`https://sts.${REGION}.amazonaws.com`, `https://ec2.${REGION}.amazonaws.com`, `https://rds.${REGION}.amazonaws.com`]) {
    nock(host)
      .persist()
      .post('/')
      // nock 15 hands a reply function the fetch Request.
      .reply(async (request: unknown) => handle(await (request as Request).text()));
  }
  return {
    writes,
    reads,
    readForms,
    failNext: (action, code) => failures.set(action, code),
    hold(action, match) {
      let release!: () => void;
      let arrive!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const reached = new Promise<void>((resolve) => (arrive = resolve));
      holds.push({ action, match, gate, arrive });
      return { released: release, reached };
    },
  };
}
