import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { bufferIo } from '../../src/cli/io.js';
import { cli, REPO, tempDir } from '../helpers/cli.js';

const flow = (id: string, nodeId = 'groups') => ({
  id,
  nodes: [
    { id: nodeId, type: 'aws.resource', service: 'EC2', method: 'DescribeSecurityGroups' },
    { id: 'verdict', type: 'evaluate', input: nodeId, fail_if: { conditions: [{ id: 'c1', type: 'param', key: '$.GroupName', operator: '==', value: 'default' }] }, evidence: { resourceId: '$.GroupId' } },
  ],
});
const bundle = (...flows: object[]) => `${JSON.stringify({ format: 'ctrlflow-flow-bundle', version: 1, flows, reconfigure: [] }, null, 2)}\n`;
const LONG = `a${'b'.repeat(299)}`; // 300 characters

describe('ids have a documented length, checked by validate', () => {
  it('a 300-character flow id, a 101-character control id and a 65-character node id are validate errors at their place', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'flows'));
    mkdirSync(join(dir, 'controls'));
    writeFileSync(join(dir, 'flows', 'f.yaml'), `id: ${LONG}\nnodes:\n  - { id: ${'n'.repeat(65)}, type: aws.resource, service: EC2, method: DescribeVpcs }\n`);
    writeFileSync(join(dir, 'controls', 'C.yaml'), `id: ${'C'.repeat(101)}\ntitle: t\nseverity: low\nprovider: aws\nresourceType: X\nflow: f\n`);
    const io = bufferIo();
    expect(await validateCommand(['controls', 'flows'], io, dir)).toBe(2);
    expect(io.stderr).toEqual(
      expect.arrayContaining([
        'controls/C.yaml:1:5 error bad-value: id must NOT have more than 100 characters',
        'flows/f.yaml:1:5 error bad-value: id must NOT have more than 100 characters',
        'flows/f.yaml:3:11 error bad-value: id must NOT have more than 64 characters',
      ]),
    );
  });
});

describe('import writes all flows or none', () => {
  it('a bundle whose second flow has a 300-character id: exit 2 at its line, no file written (was ENAMETOOLONG after the first)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.json'), bundle(flow('first-flow'), flow(LONG)));
    const into = join(dir, 'out');
    const { code, stderr } = await cli('import', join(dir, 'b.json'), '--into', into);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`${join(dir, 'b.json')}:36:13 error bad-value: id must NOT have more than 100 characters`);
    expect(stderr).toMatch(/nothing was imported$/);
    expect(existsSync(into) ? readdirSync(into) : []).toEqual([]);
  });

  it('a target that is not a file stops the import before anything is written, even with --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.json'), bundle(flow('one'), flow('two')));
    const into = join(dir, 'out');
    mkdirSync(join(into, 'two.yaml'), { recursive: true });
    writeFileSync(join(into, 'one.yaml'), 'old\n');
    const { code, stderr } = await cli('import', join(dir, 'b.json'), '--into', into, '--force');
    expect({ code, stderr }).toEqual({ code: 2, stderr: `error usage: ${relative(REPO, join(into, 'two.yaml'))} is not a file: nothing was imported` });
    expect(readFileSync(join(into, 'one.yaml'), 'utf8')).toBe('old\n');
    expect(readdirSync(into).sort()).toEqual(['one.yaml', 'two.yaml']);
  });

  it('writes every flow, replaces with --force, and leaves no staging folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.json'), bundle(flow('one'), flow('two')));
    const into = join(dir, 'out');
    mkdirSync(into);
    writeFileSync(join(into, 'one.yaml'), 'old\n');
    expect((await cli('import', join(dir, 'b.json'), '--into', into, '--force')).code).toBe(0);
    expect(readdirSync(into).sort()).toEqual(['one.yaml', 'two.yaml']);
    expect(readFileSync(join(into, 'one.yaml'), 'utf8')).toContain('id: one');
  });

  it('a bundle nested 200,000 deep is one usage error, not a stack overflow', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.json'), `{"format":"ctrlflow-flow-bundle","version":1,"flows":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    const { code, stderr } = await cli('import', join(dir, 'b.json'), '--into', join(dir, 'out'));
    expect({ code, stderr }).toEqual({ code: 2, stderr: `error usage: ${join(dir, 'b.json')}: nested deeper than 100 levels, which no flow is: nothing was imported` });
  });
});
