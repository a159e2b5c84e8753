import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/cli.js';
import { AWS_ABSENT, AWS_EXPECTED } from './expected-aws.js';
import { AWS_IAM_ABSENT, AWS_IAM_EXPECTED } from './expected-aws-iam.js';
import { AWS_REST_ABSENT, AWS_REST_EXPECTED } from './expected-aws-rest.js';
import { AZURE_ABSENT, AZURE_EXPECTED } from './expected-azure.js';
import { GCP_ABSENT, GCP_EXPECTED } from './expected-gcp.js';

/**
 * The demo scan's expected results, one hand-checked table per cloud (expected-<cloud>.ts), so
 * each cloud's content grows in its own file. Totals are the tables' sums, never typed twice.
 */
export interface DemoExpectation {
  /** Every resource the control evaluates, as `<account>/<region> <resource id>`. */
  universe: string[];
  /** The ones built to fail. */
  fail: string[];
  /** The hand count [FAIL, PASS], checked against universe and fail. */
  counts: [fail: number, pass: number];
}

/** Sorted by control id, as reports list controls. */
export const DEMO_EXPECTED: Record<string, DemoExpectation> = Object.fromEntries(
  Object.entries({ ...AWS_EXPECTED, ...AWS_IAM_EXPECTED, ...AWS_REST_EXPECTED, ...AZURE_EXPECTED, ...GCP_EXPECTED }).sort(([a], [b]) => a.localeCompare(b)),
);

export const DEMO_ABSENT = [...AWS_ABSENT, ...AWS_IAM_ABSENT, ...AWS_REST_ABSENT, ...AZURE_ABSENT, ...GCP_ABSENT];

const sum = (pick: (e: DemoExpectation) => number) => Object.values(DEMO_EXPECTED).reduce((n, e) => n + pick(e), 0);
export const DEMO_TOTALS = { FAIL: sum((e) => e.counts[0]), ERROR: 0, EXCEPTED: 0, PASS: sum((e) => e.counts[1]) };

/** Bundled control, flow and framework files, as `validate` counts them. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !/\.test\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}
const FRAMEWORKS_DIR = join(REPO, 'controls', 'frameworks');
export const BUNDLED_FRAMEWORKS = yamlFiles(FRAMEWORKS_DIR).length;
export const BUNDLED_CONTROLS = yamlFiles(join(REPO, 'controls')).filter((f) => !f.startsWith(FRAMEWORKS_DIR)).length;
export const BUNDLED_FLOWS = yamlFiles(join(REPO, 'flows')).length;
export const BUNDLED_CONTROL_TESTS = readdirSync(join(REPO, 'controls'), { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && /\.test\.ya?ml$/.test(e.name)).length;
export const VALID_LINE = `${BUNDLED_CONTROLS} control(s), ${BUNDLED_FLOWS} flow(s), ${BUNDLED_FRAMEWORKS} framework(s) and ${BUNDLED_CONTROL_TESTS} control test file(s) are valid`;
