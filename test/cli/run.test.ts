import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const BASIC = ['--flows', 'test/fixtures/content/flows', '--inventory', 'test/fixtures/inventories/basic'];

describe('ctrlflow run', () => {
  it('--till prints that node\'s output per target and runs nothing after it', async () => {
    const { code, stdout } = await cli('run', 'test-rds', ...BASIC, '--till', 'dbs', '--target', 'aws/111111111111/us-east-1');
    expect(code).toBe(0);
    const [run] = JSON.parse(stdout);
    expect(run.node).toBe('dbs');
    expect(run.status).toBe('succeeded');
    // Both pages of the recording, with the SecurityGroups addon joined on.
    expect(run.output.out.map((db: { DBInstanceIdentifier: string }) => db.DBInstanceIdentifier)).toEqual(['orders', 'reports']);
    expect(run.output.out[1].SecurityGroups.map((g: { GroupId: string }) => g.GroupId)).toEqual(['sg-0c3', 'sg-0a1']);
  });

  it('--till an evaluate node shows both ports', async () => {
    const { stdout } = await cli('run', 'test-sg-world', ...BASIC, '--till', 'verdict');
    const runs = JSON.parse(stdout);
    expect(runs.map((r: { target: string }) => r.target)).toEqual(['aws/111111111111/eu-west-1', 'aws/111111111111/us-east-1']);
    expect(runs[1].output.failed.map((g: { GroupId: string }) => g.GroupId)).toEqual(['sg-0a1']);
    expect(runs[1].output.passed).toHaveLength(2);
  });

  it('takes --var on the flow it runs', async () => {
    const { stdout } = await cli('run', 'test-sg-world', ...BASIC, '--till', 'verdict', '--target', 'aws/111111111111/us-east-1', '--var', 'port=5432', '--var', 'world=10.0.0.0/8');
    expect(JSON.parse(stdout)[0].output.failed.map((g: { GroupId: string }) => g.GroupId)).toEqual(['sg-0c3']);
  });

  it('without --till prints the execution records', async () => {
    const { stdout } = await cli('run', 'test-sg-world', ...BASIC, '--target', 'aws/111111111111/us-east-1');
    const [execution] = JSON.parse(stdout);
    expect(execution.status).toBe('succeeded');
    expect(execution.verdicts.map((v: { resourceId: string; status: string }) => `${v.resourceId}:${v.status}`)).toEqual(['sg-0a1:FAIL', 'sg-0b2:PASS', 'sg-0c3:PASS']);
  });

  it('exits 2 for an unknown node, flow or target', async () => {
    const unknownNode = await cli('run', 'test-rds', ...BASIC, '--till', 'nope');
    expect(unknownNode.code).toBe(2);
    expect(unknownNode.stderr).toBe('error usage: --till nope: flow test-rds has no such node (nodes: trigger, dbs, verdict, export)');
    const unknownFlow = await cli('run', 'nope', ...BASIC);
    expect(unknownFlow.code).toBe(2);
    expect(unknownFlow.stderr).toBe('error usage: no flow "nope" (flows: test-rds, test-sg-world)');
    const badTarget = await cli('run', 'test-rds', ...BASIC, '--target', 'aws/999/us-east-1');
    expect(badTarget.code).toBe(2);
  });

  it('exits 3 when the target cannot be read, with the error in the output', async () => {
    const { code, stdout } = await cli('run', 'test-sg-world', '--flows', 'test/fixtures/content/flows', '--inventory', 'test/fixtures/inventories/denied', '--till', 'groups', '--target', 'aws/111111111111/eu-west-1');
    expect(code).toBe(3);
    const [run] = JSON.parse(stdout);
    expect(run.status).toBe('failed');
    expect(run.error.code).toBe('UnauthorizedOperation');
  });
});
