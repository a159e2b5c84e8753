import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorControls, anchorFile } from '../../src/cli/anchor.js';
import type { LoadedControl } from '../../src/load/catalog.js';
import { tempDir } from '../helpers/cli.js';

const control = (file: string): LoadedControl => ({ control: {} as LoadedControl['control'], file, line: 7, flowId: 'f' });

describe('SARIF locations of controls outside the repository', () => {
  it('point at the ctrlflow config file, else the workflow file, at line 1; the repository\'s own controls stay', () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(repo, '.github', 'workflows', 'scan.yml'), 'on: push\n');
    const env = { GITHUB_WORKFLOW_REF: 'acme/infra/.github/workflows/scan.yml@refs/heads/main' };
    expect(anchorFile(repo, env)).toBe('.github/workflows/scan.yml');
    expect(anchorFile(repo, {})).toBeUndefined();
    expect(anchorFile(repo, { GITHUB_WORKFLOW_REF: 'acme/infra/.github/workflows/gone.yml@refs/heads/main' })).toBeUndefined();
    writeFileSync(join(repo, 'ctrlflow.config.yaml'), 'fail-on: high\n');
    expect(anchorFile(repo, env)).toBe('ctrlflow.config.yaml');

    const own = control('controls/MY-001.yaml');
    const bundled = control('../../usr/lib/node_modules/ctrlflow/controls/aws/rds/AWS-RDS-001.yaml');
    const absolute = control('/usr/lib/node_modules/ctrlflow/controls/aws/rds/AWS-RDS-002.yaml');
    const anchored = anchorControls([own, bundled, absolute], repo, 'ctrlflow.config.yaml');
    expect(anchored.map((c) => [c.file, c.line])).toEqual([
      ['controls/MY-001.yaml', 7],
      ['ctrlflow.config.yaml', 1],
      ['ctrlflow.config.yaml', 1],
    ]);
    expect(anchorControls([bundled], repo, undefined)).toEqual([bundled]);
  });
});
