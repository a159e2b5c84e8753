import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScoped, resourceIdOf, scopeOfEvent, type ScopedRead } from '../../../src/nodes/events/scope.js';
import type { NodeContext } from '../../../src/nodes/types.js';
import { TargetReadError, type ApiCall, type Item } from '../../../src/providers/types.js';
import { REPO } from '../../helpers/cli.js';
import { memoryProvider, TARGET } from '../../helpers/memory-provider.js';

const T = 'aws/111111111111/us-east-1';
const event = (name: string) => JSON.parse(readFileSync(join(REPO, 'examples/events', name), 'utf8')) as unknown;
const fixture = (name: string) => JSON.parse(readFileSync(join(REPO, 'test/fixtures/events', name), 'utf8')) as unknown;

function ctx(data: Parameters<typeof memoryProvider>[0], read?: ScopedRead): NodeContext & { provider: ReturnType<typeof memoryProvider> } {
  const provider = memoryProvider(data);
  return {
    target: TARGET,
    provider,
    flowId: 'f',
    nodeId: 'n',
    now: new Date(),
    ...(read ? { eventScope: new Map([['f', new Map([['n', read]])]]) } : {}),
  };
}
const call = (service: string, method: string, params: Record<string, unknown> = {}): ApiCall => ({ service, method, params });

describe('scopeOfEvent: the ids an event names', () => {
  it('reads the instance ids of a recorded RunInstances event', () => {
    expect(scopeOfEvent({ instances: '$.detail.responseElements.instancesSet.items[*].instanceId' }, event('run-instances.json'))).toEqual(new Map([['instances', { ids: ['i-0a01'] }]]));
  });

  it('takes several JSONPaths, keeps what they find, distinct and sorted; an ARN counts as its resource id', () => {
    const scope = scopeOfEvent({ instances: ['$.detail.responseElements.instancesSet.items[*].instanceId', "$.detail['instance-id']", '$.resources[*]'] }, event('ec2-instance-running.json'));
    expect(scope.get('instances')).toEqual({ ids: ['i-0a02'] });
  });

  it('reads the group of AuthorizeSecurityGroupIngress, the snapshot of ModifySnapshotAttribute and the DB instance of ModifyDBInstance', () => {
    expect(scopeOfEvent({ g: '$.detail.requestParameters.groupId' }, event('authorize-sg-ingress.json')).get('g')!.ids).toEqual(['sg-0a11']);
    expect(scopeOfEvent({ s: ['$.detail.responseElements.snapshotId', '$.detail.requestParameters.snapshotId'] }, event('modify-snapshot-attribute.json')).get('s')!.ids).toEqual(['snap-0a02']);
    expect(scopeOfEvent({ d: { ids: '$.detail.requestParameters.dBInstanceIdentifier', key: '$.DBInstanceArn' } }, fixture('modify-db-instance.json')).get('d')).toEqual({ ids: ['analytics-db'], key: '$.DBInstanceArn' });
    expect(scopeOfEvent({ d: '$.detail.responseElements.dBInstanceArn' }, fixture('create-db-instance.json')).get('d')!.ids).toEqual(['reports-db']);
  });

  it('names nothing when the paths find nothing', () => {
    expect(scopeOfEvent({ n: '$.detail.nothing' }, event('run-instances.json')).get('n')).toEqual({ ids: [] });
  });

  it.each([
    ['arn:aws:ec2:us-east-1:111111111111:instance/i-0a01', 'i-0a01'],
    ['arn:aws:rds:us-east-1:111111111111:db:orders-db', 'orders-db'],
    ['arn:aws:s3:::prod-logs', 'prod-logs'],
    ['arn:aws:iam::111111111111:role/ops/deployer', 'deployer'],
    ['arn:aws:ec2:us-west-2::snapshot/snap-0123', 'snap-0123'],
    ['sg-0a11', 'sg-0a11'],
  ])('resourceIdOf(%s) = %s', (arn, id) => expect(resourceIdOf(arn)).toBe(id));
});

describe('readScoped: the one hook in aws.resource', () => {
  const instances: Item[] = [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }, { InstanceId: 'i-3' }];

  it('is the plain read when no event scopes the node', async () => {
    const c = ctx({ [T]: { 'EC2.DescribeInstances': instances } });
    expect(await readScoped(c, call('EC2', 'DescribeInstances'))).toEqual(instances);
    expect(c.provider.calls).toEqual(['EC2.DescribeInstances']);
  });

  it('narrows a list parameter to the ids: one call, recorded under its params', async () => {
    const c = ctx({ [T]: { 'EC2.DescribeInstances[InstanceIds=i-1+i-3]': [instances[0]!, instances[2]!] } }, { ids: ['i-1', 'i-3'] });
    expect(await readScoped(c, call('EC2', 'DescribeInstances'))).toEqual([{ InstanceId: 'i-1' }, { InstanceId: 'i-3' }]);
    expect(c.provider.calls).toEqual(['EC2.DescribeInstances[InstanceIds=i-1+i-3]']);
  });

  it('keeps the flow\'s own params, and only ids within a list the flow already gives', async () => {
    const c = ctx({ [T]: { 'EC2.DescribeSnapshots[OwnerIds=self,SnapshotIds=snap-1]': [{ SnapshotId: 'snap-1' }] } }, { ids: ['snap-1'] });
    expect(await readScoped(c, call('EC2', 'DescribeSnapshots', { OwnerIds: ['self'] }))).toEqual([{ SnapshotId: 'snap-1' }]);
    const within = ctx({ [T]: {} }, { ids: ['i-9'] });
    expect(await readScoped(within, call('EC2', 'DescribeInstances', { InstanceIds: ['i-1'] }))).toEqual([]);
    expect(within.provider.calls).toEqual([]);
  });

  it('makes one call per id for a parameter that takes one (RDS DBInstanceIdentifier)', async () => {
    const c = ctx({ [T]: { 'RDS.DescribeDBInstances[DBInstanceIdentifier=a]': [{ DBInstanceIdentifier: 'a' }], 'RDS.DescribeDBInstances[DBInstanceIdentifier=b]': [{ DBInstanceIdentifier: 'b' }] } }, { ids: ['a', 'b'] });
    expect(await readScoped(c, call('RDS', 'DescribeDBInstances'))).toEqual([{ DBInstanceIdentifier: 'a' }, { DBInstanceIdentifier: 'b' }]);
    expect(c.provider.calls.sort()).toEqual(['RDS.DescribeDBInstances[DBInstanceIdentifier=a]', 'RDS.DescribeDBInstances[DBInstanceIdentifier=b]']);
  });

  it('reads nothing when the event names nothing (never the whole account)', async () => {
    const c = ctx({ [T]: { 'EC2.DescribeInstances': instances } }, { ids: [] });
    expect(await readScoped(c, call('EC2', 'DescribeInstances'))).toEqual([]);
    expect(c.provider.calls).toEqual([]);
  });

  it('an id that is gone reads as nothing; with several ids, the others are still read one by one', async () => {
    const gone = new TargetReadError('InvalidInstanceID.NotFound', "The instance ID 'i-9' does not exist");
    const c = ctx({ [T]: { 'EC2.DescribeInstances[InstanceIds=i-1+i-9]': gone, 'EC2.DescribeInstances[InstanceIds=i-1]': [instances[0]!], 'EC2.DescribeInstances[InstanceIds=i-9]': gone } }, { ids: ['i-1', 'i-9'] });
    expect(await readScoped(c, call('EC2', 'DescribeInstances'))).toEqual([{ InstanceId: 'i-1' }]);
    const one = ctx({ [T]: { 'EC2.DescribeInstances[InstanceIds=i-9]': gone } }, { ids: ['i-9'] });
    expect(await readScoped(one, call('EC2', 'DescribeInstances'))).toEqual([]);
  });

  it('any other error stands (the control is ERROR there)', async () => {
    const c = ctx({ [T]: { 'EC2.DescribeInstances[InstanceIds=i-1]': new TargetReadError('UnauthorizedOperation', 'no') } }, { ids: ['i-1'] });
    await expect(readScoped(c, call('EC2', 'DescribeInstances'))).rejects.toMatchObject({ code: 'UnauthorizedOperation' });
  });

  it('a snapshot without the narrowed recording is read whole and filtered by the item id', async () => {
    const c = ctx({ [T]: { 'EC2.DescribeInstances': instances } }, { ids: ['i-2'] });
    expect(await readScoped(c, call('EC2', 'DescribeInstances'))).toEqual([{ InstanceId: 'i-2' }]);
    expect(c.provider.calls).toEqual(['EC2.DescribeInstances[InstanceIds=i-2]', 'EC2.DescribeInstances']);
  });

  it('filters after reading when no parameter takes the ids (S3 ListBuckets), or by the key the scope gives', async () => {
    const buckets = ctx({ [T]: { 'S3.ListBuckets': [{ Name: 'logs' }, { Name: 'site' }] } }, { ids: ['site'] });
    expect(await readScoped(buckets, call('S3', 'ListBuckets'))).toEqual([{ Name: 'site' }]);
    const byArn = ctx({ [T]: { 'RDS.DescribeDBInstances': [{ DBInstanceArn: 'arn:aws:rds:us-east-1:1:db:a' }, { DBInstanceArn: 'arn:aws:rds:us-east-1:1:db:b' }] } }, { ids: ['b'], key: '$.DBInstanceArn' });
    expect(await readScoped(byArn, call('RDS', 'DescribeDBInstances'))).toEqual([{ DBInstanceArn: 'arn:aws:rds:us-east-1:1:db:b' }]);
    expect(byArn.provider.calls).toEqual(['RDS.DescribeDBInstances[DBInstanceIdentifier=b]', 'RDS.DescribeDBInstances']);
  });

  it('narrows by the parameter the scope names, for a call with no built-in rule', async () => {
    const c = ctx({ [T]: { 'EC2.DescribeAddresses[AllocationIds=eipalloc-1]': [{ AllocationId: 'eipalloc-1' }] } }, { ids: ['eipalloc-1'], param: 'AllocationIds', key: '$.AllocationId' });
    expect(await readScoped(c, call('EC2', 'DescribeAddresses'))).toEqual([{ AllocationId: 'eipalloc-1' }]);
  });
});
