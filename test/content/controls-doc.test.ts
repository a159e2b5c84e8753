import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

describe('the bundled-controls documentation', () => {
  it('is what the control and framework files say (README.md summary and controls/README.md)', () => {
    const run = spawnSync(process.execPath, [join(REPO, 'scripts/controls-doc.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
