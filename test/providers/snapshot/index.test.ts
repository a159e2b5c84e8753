import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSnapshot } from '../../../src/providers/snapshot/index.js';
import { REPO, tempDir } from '../../helpers/cli.js';

const root = join(REPO, 'test/fixtures/inventories/denied');
const east = { provider: 'aws' as const, account: '111111111111', region: 'us-east-1' };

describe('snapshot provider', () => {
  it('lists targets from the folder layout, sorted, and each AWS account\'s global target even without its folder', async () => {
    const snapshot = openSnapshot(root);
    expect(await snapshot.targets('aws')).toEqual([
      { provider: 'aws', account: '111111111111', region: 'eu-west-1' },
      { provider: 'aws', account: '111111111111', region: 'global' },
      east,
    ]);
    await expect(snapshot.list({ ...east, region: 'global' }, { service: 'IAM', method: 'ListUsers', params: {} })).rejects.toMatchObject({ code: 'NotRecorded' });
    expect(await snapshot.targets('gcp')).toEqual([]);
  });

  it('reads every page of a recording and extracts the items', async () => {
    const dbs = await openSnapshot(root).list(east, { service: 'RDS', method: 'DescribeDBInstances', params: {} });
    expect(dbs.map((d) => d.DBInstanceIdentifier)).toEqual(['orders', 'reports']);
  });

  it('throws the recorded error of an unreadable target', async () => {
    const west = { ...east, region: 'eu-west-1' };
    await expect(openSnapshot(root).list(west, { service: 'EC2', method: 'DescribeSecurityGroups', params: {} })).rejects.toMatchObject({
      name: 'TargetReadError',
      code: 'UnauthorizedOperation',
    });
  });

  it('never answers an unrecorded call with an empty list', async () => {
    await expect(openSnapshot(root).list(east, { service: 'EC2', method: 'DescribeVpcs', params: {} })).rejects.toMatchObject({ code: 'NotRecorded' });
    await expect(openSnapshot(root).list(east, { service: 'RDS', method: 'DescribeDBInstances', params: { DBInstanceIdentifier: 'x' } })).rejects.toMatchObject({
      code: 'NotRecorded',
      message: expect.stringContaining('RDS.DescribeDBInstances[DBInstanceIdentifier=x].json'),
    });
  });

  it('reads a recording under today\'s percent-encoded name or under the older hashed name, items: picking inside it', async () => {
    const dir = tempDir();
    const global = join(dir, 'aws', '111111111111', 'global');
    mkdirSync(global, { recursive: true });
    writeFileSync(join(global, 'KMS.GetKeyRotationStatus[KeyId=arn:aws:kms:eu-west-1:1:key%2Fnew].json'), JSON.stringify({ KeyRotationEnabled: true }));
    writeFileSync(join(global, 'KMS.GetKeyRotationStatus[sha256-caa8a69ac5d5].json'), JSON.stringify({ KeyRotationEnabled: false }));
    writeFileSync(join(global, 'CloudTrail.GetEventSelectors[TrailName=t].error.json'), JSON.stringify({ code: 'TrailNotFoundException', message: 'Unknown trail' }));
    const target = { ...east, region: 'global' };
    const snapshot = openSnapshot(dir);
    const rotation = (key: string) => snapshot.list(target, { service: 'KMS', method: 'GetKeyRotationStatus', params: { KeyId: `arn:aws:kms:eu-west-1:1:key/${key}` }, items: '$' });
    expect(await rotation('new')).toEqual([{ KeyRotationEnabled: true }]);
    expect(await rotation('k')).toEqual([{ KeyRotationEnabled: false }]);
    await expect(snapshot.list(target, { service: 'CloudTrail', method: 'GetEventSelectors', params: { TrailName: 't' } })).rejects.toMatchObject({ code: 'TrailNotFoundException' });
  });
});
