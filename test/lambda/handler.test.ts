import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { handler } from '../../src/lambda/handler.js';
import { readReport, REPO, tempDir } from '../helpers/cli.js';

/** The Lambda entry on the demo inventory: an EventBridge event as is, and an SQS batch. */
const event = (name: string) => readFileSync(join(REPO, 'examples/events', name), 'utf8');
const env = (out: string) => ({ CTRLFLOW_CONTENT: REPO, CTRLFLOW_ARGS: `--inventory ${join(REPO, 'examples/demo-inventory')} --format json --out ${out}` });

describe('the Lambda handler', () => {
  it('handles an EventBridge event as handle-event does and returns its exit code', async () => {
    const out = tempDir();
    const io = bufferIo();
    expect(await handler(JSON.parse(event('authorize-sg-ingress.json')), {}, io, env(out))).toEqual({ exitCode: 1 });
    expect(readReport(out).results.map((r) => `${r.controlId} ${r.resourceId} ${r.status}`)).toEqual(['AWS-EVT-003 sg-0a11 FAIL']);
    expect(io.stdout[0]!.startsWith('Event d9e8f7a6-b5c4-4d3e-8f2a-1b0c9d8e7f63 (aws.ec2 "AWS API Call via CloudTrail" AuthorizeSecurityGroupIngress in 111111111111/us-east-1): 1 flow(s)')).toBe(true);
  });

  it('throws when a target could not be read, so Lambda retries the event', async () => {
    const elsewhere = JSON.parse(event('run-instances.json').replaceAll('111111111111', '999999999999')) as unknown;
    await expect(handler(elsewhere, {}, bufferIo(), env(tempDir()))).rejects.toThrow('ctrlflow: some target could not be read (exit 3); the event is retried');
  });

  it('reports the messages of an SQS batch it could not handle, and runs an event once per warm instance', async () => {
    const out = tempDir();
    const io = bufferIo();
    const batch = {
      Records: [
        { messageId: 'm-1', body: event('create-snapshot.json') },
        { messageId: 'm-2', body: '{"not": "an event"}' },
        { messageId: 'm-3', body: event('run-instances.json').replaceAll('111111111111', '999999999999').replace('5b0a1c2e', '00000000') },
        { messageId: 'm-4', body: event('run-instances-denied.json') },
      ],
    };
    expect(await handler(batch, {}, io, env(out))).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-2' }, { itemIdentifier: 'm-3' }] });
    expect(readReport(out).results.map((r) => `${r.controlId} ${r.resourceId} ${r.status}`)).toEqual(['AWS-EVT-002 snap-0a01 PASS']);
    const again = bufferIo();
    expect(await handler({ Records: [{ messageId: 'm-5', body: event('create-snapshot.json') }] }, {}, again, env(out))).toEqual({ batchItemFailures: [] });
    expect(again.stdout).toEqual(['Event 3f8e1d20-5a6b-4c7d-8e9f-0a1b2c3d4e50: already handled by this instance; skipped']);
  });

  it('does the same from its bundle (npm run build:lambda), split into chunks it loads on demand, in a process with no node_modules', () => {
    execFileSync(process.execPath, ['scripts/build-lambda.mjs'], { cwd: REPO });
    const dir = join(REPO, 'dist/lambda');
    expect(readdirSync(dir).filter((name) => name.endsWith('.mjs')).length).toBeGreaterThan(10);
    const out = tempDir();
    const call = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.mjs')).href)});
      console.log(JSON.stringify(await handler(JSON.parse(process.env.EVENT), {})));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', call], {
      cwd: tempDir(),
      env: { PATH: process.env.PATH ?? '', EVENT: event('authorize-sg-ingress.json'), ...env(out) },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('{"exitCode":1}');
    expect(readReport(out).results.map((r) => `${r.controlId} ${r.resourceId} ${r.status}`)).toEqual(['AWS-EVT-003 sg-0a11 FAIL']);
  }, 120_000);
});
