import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema, scanOptions } from '../../src/cli/scan-options.js';
import { CONTENT, cli, tempDir } from '../helpers/cli.js';

const BASIC = ['--inventory', 'test/fixtures/inventories/basic'];

describe('numeric flags are checked once, in the flag table, before anything runs', () => {
  it.each([
    [['--concurrency', '0'], 'error usage: --concurrency 0: expected one whole number from 1 to 64'],
    [['--concurrency', '-1'], 'error usage: --concurrency -1: expected one whole number from 1 to 64'],
    [['--concurrency', '2.5'], 'error usage: --concurrency 2.5: expected one whole number from 1 to 64'],
    [['--concurrency', 'many'], 'error usage: --concurrency NaN: expected one whole number from 1 to 64'],
    [['--concurrency', '65'], 'error usage: --concurrency 65: expected one whole number from 1 to 64'],
    [['--concurrency', '2', '--concurrency', '3'], 'error usage: --concurrency given 2 times: expected one whole number from 1 to 64'],
    [['--max-actions', '0'], 'error usage: --max-actions 0: expected one whole number from 1 to 1000'],
    [['--max-actions', '-5'], 'error usage: --max-actions -5: expected one whole number from 1 to 1000'],
  ])('scan %j: exit 2, one line, nothing written', async (flags, line) => {
    const out = join(tempDir(), 'r');
    const { code, stdout, stderr } = await cli('scan', ...CONTENT, ...BASIC, '--out', out, ...flags);
    expect({ code, stderr, stdout }).toEqual({ code: 2, stderr: line, stdout: '' });
  });

  it('run takes the same check', async () => {
    const { code, stderr } = await cli('run', 'test-sg-world', '--flows', 'test/fixtures/content/flows', ...BASIC, '--concurrency', '0');
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'error usage: --concurrency 0: expected one whole number from 1 to 64' });
  });

  it('a good value passes', async () => {
    const { code } = await cli('scan', ...CONTENT, ...BASIC, '--out', join(tempDir(), 'r'), '--format', 'json', '--fail-on', 'none', '--concurrency', '8', '--max-actions', '5');
    expect(code).toBe(0);
  });

  it('a config file gets the same range from the table', async () => {
    expect(configSchema(scanOptions({ controls: 'c', flows: 'f' }))).toMatchObject({ properties: { concurrency: { type: 'integer', minimum: 1, maximum: 64 }, 'max-actions': { type: 'integer', minimum: 1, maximum: 1000 } } });
    const dir = tempDir();
    writeFileSync(join(dir, 'ci.yaml'), 'concurrency: 0\n');
    const { code, stderr } = await cli('scan', ...CONTENT, ...BASIC, '--config', join(dir, 'ci.yaml'));
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/ci\.yaml:1:14 error bad-value: .*1/);
  });
});
