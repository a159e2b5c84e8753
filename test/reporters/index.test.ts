import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../reporters/index.js';
import { REPO } from '../helpers/cli.js';

describe('the reporter table', () => {
  it('is sorted and matches the modules and their tests', () => {
    const formats = REPORTERS.map((r) => r.format);
    expect(formats).toEqual([...formats].sort());
    const modules = readdirSync(join(REPO, 'reporters')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    expect(modules.filter((m) => !['index', 'types'].includes(m)).sort()).toEqual(formats);
    const tests = readdirSync(join(REPO, 'test/reporters')).map((f) => f.replace(/\.test\.ts$/, ''));
    expect(tests.filter((t) => t !== 'index').sort()).toEqual(formats);
  });
});
