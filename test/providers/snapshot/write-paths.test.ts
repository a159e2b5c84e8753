import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report, type ReportConfig } from '../../../src/nodes/report.js';
import { openSnapshot } from '../../../src/providers/snapshot/index.js';
import { SnapshotRecorder } from '../../../src/providers/snapshot/write.js';
import type { Target } from '../../../src/providers/types.js';
import { tempDir } from '../../helpers/cli.js';
import { memoryProvider } from '../../helpers/memory-provider.js';
import { NOW } from '../../helpers/node-tester.js';

const HOSTILE: Target = { provider: 'aws', account: '/../../tmp/x/PWNED', region: '../../..' };
const GOOD: Target = { provider: 'aws', account: '111111111111', region: 'us-east-1' };
const groups = { service: 'EC2', method: 'DescribeSecurityGroups', params: {} };

/** Every file under a folder, relative to it. */
const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

describe('snapshot folders from cloud-supplied ids', () => {
  it('an account id of /../../tmp/x/PWNED is written encoded, inside --out; a well-formed one as it is', async () => {
    const parent = tempDir();
    const out = join(parent, 'snap');
    const provider = {
      ...memoryProvider({}),
      list: async () => [{ GroupId: 'sg-1' }],
    };
    const recorder = new SnapshotRecorder();
    const wrapped = recorder.wrap(provider);
    for (const target of [HOSTILE, GOOD]) {
      await wrapped.list(target, groups);
      recorder.page(target, groups, { SecurityGroups: [{ GroupId: 'sg-1' }] });
    }
    await recorder.write(out);
    expect(readdirSync(parent)).toEqual(['snap']);
    expect(files(out)).toEqual(['aws/%2F..%2F..%2Ftmp%2Fx%2FPWNED/%2E.%2F..%2F../EC2.DescribeSecurityGroups.json', 'aws/111111111111/us-east-1/EC2.DescribeSecurityGroups.json']);
    expect(JSON.parse(readFileSync(join(out, 'aws/111111111111/us-east-1/EC2.DescribeSecurityGroups.json'), 'utf8'))).toEqual({ SecurityGroups: [{ GroupId: 'sg-1' }] });
    // Read back, the encoded folder is a target of its own, never a path elsewhere (each
    // account also has its account-level target, region global).
    expect(await openSnapshot(out).targets('aws')).toEqual([
      { provider: 'aws', account: '%2F..%2F..%2Ftmp%2Fx%2FPWNED', region: '%2E.%2F..%2F..' },
      { provider: 'aws', account: '%2F..%2F..%2Ftmp%2Fx%2FPWNED', region: 'global' },
      { ...GOOD, region: 'global' },
      GOOD,
    ]);
  });

  it('a report node names its file by the same encoded segments', async () => {
    const node = report.compile({ id: 'r', type: 'report', input: 'x', format: 'json' } as ReportConfig, { now: NOW, environment: {} });
    const run = (target: Target) => node([[{ a: 1 }]], { target, provider: memoryProvider({}), flowId: 'f', nodeId: 'r', now: NOW });
    expect((await run(HOSTILE)).artifacts!.map((a) => a.name)).toEqual(['flows/f/r-%2F..%2F..%2Ftmp%2Fx%2FPWNED-%2E.%2F..%2F...json']);
    expect((await run(GOOD)).artifacts!.map((a) => a.name)).toEqual(['flows/f/r-111111111111-us-east-1.json']);
  });
});
