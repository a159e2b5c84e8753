import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { LoadedControl } from '../load/catalog.js';
import { CONFIG_FILE } from './config-file.js';

/**
 * Where SARIF results (and the Action's annotations) of a control point when its file is not in
 * the repository being scanned (a bundled control of an installed ctrlflow): a file the
 * repository does have, so code scanning links resolve. The ctrlflow config file in the working
 * directory if there is one, else the workflow that runs the scan (GITHUB_WORKFLOW_REF, under
 * GitHub Actions), at line 1; the result's rule id and message name the control. Without either
 * the control keeps its own path.
 */
export function anchorFile(cwd: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (existsSync(resolve(cwd, CONFIG_FILE))) return CONFIG_FILE;
  // owner/repo/.github/workflows/scan.yml@refs/heads/main
  const workflow = /^[^/]+\/[^/]+\/(.+)@[^@]*$/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  if (workflow && existsSync(resolve(cwd, workflow))) return workflow;
  return undefined;
}

/** The controls with those outside the working directory pointed at the anchor. */
export function anchorControls(controls: LoadedControl[], cwd: string, anchor: string | undefined): LoadedControl[] {
  if (anchor === undefined) return controls;
  return controls.map((c) => {
    const path = relative(cwd, resolve(cwd, c.file));
    return path.startsWith(`..${sep}`) || path === '..' || isAbsolute(path) ? { ...c, file: anchor, line: 1 } : c;
  });
}
