import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { runAction } from '../../src/action/run-action.js';
import type { ScanReport } from '../../src/model/result.js';
import { REPO, tempDir } from '../helpers/cli.js';
import { githubOutputs } from '../helpers/github-output.js';

/**
 * Each example workflow (examples/workflows/*.yml) run as GitHub would run it, against the
 * demo inventory: its jobs in `needs` order, each matrix entry in a workspace of its own, each
 * step's `if:` decided from the job's status, `${{ }}` expressions evaluated, every
 * `ctrlflow/ctrlflow@v1` step run through the Action in-process with its `with:` as INPUT_*
 * variables (the live scope inputs replaced by `inventory: examples/demo-inventory`), and the
 * artifact steps copying folders between jobs and runs. Other steps (checkout, cloud logins,
 * the SARIF upload) do nothing here.
 */
const DEMO = join(REPO, 'examples/demo-inventory');
/** Inputs that name a live scope: a snapshot has its own. */
const LIVE_SCOPE = ['gcp-organization', 'gcp-project', 'gcp-folder', 'azure-subscription', 'azure-management-group', 'region', 'aws-profile', 'aws-role-arn'];

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
interface Job {
  needs?: string | string[];
  if?: string;
  strategy?: { matrix?: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  jobs: Record<string, Job>;
}

/** What one ctrlflow step did. */
interface StepRun {
  job: string;
  step: string;
  code: number;
  outputs: Record<string, string>;
  stdout: string;
}

/** Artifacts by name (a folder each), kept across jobs and runs: the repository's artifact storage. */
type Artifacts = Map<string, string>;

/** A tiny evaluator of GitHub expressions: literals, context paths, ==, !=, &&, ||, !, (), success()/failure()/always(). */
function evaluate(text: string, context: Record<string, unknown>, status: { failed: boolean }): unknown {
  const tokens = text.match(/'(?:[^']|'')*'|&&|\|\||==|!=|[()!]|[A-Za-z_][\w.-]*(?:\(\))?|\d+/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const primary = (): unknown => {
    const t = tokens[at++]!;
    if (t === '(') {
      const v = or();
      at += 1;
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d+$/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'success()') return !status.failed;
    if (t === 'failure()') return status.failed;
    if (t === 'always()') return true;
    return t.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], context) ?? '';
  };
  const compare = (): unknown => {
    let v = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = tokens[at++];
      const w = primary();
      v = op === '==' ? String(v) === String(w) : String(v) !== String(w);
    }
    return v;
  };
  const and = (): unknown => {
    let v = compare();
    while (peek() === '&&') {
      at += 1;
      const w = compare();
      v = truthy(v) ? w : v;
    }
    return v;
  };
  const or = (): unknown => {
    let v = and();
    while (peek() === '||') {
      at += 1;
      const w = and();
      v = truthy(v) ? v : w;
    }
    return v;
  };
  return or();
}
const truthy = (v: unknown) => v !== '' && v !== false && v !== 0 && v !== null && v !== undefined;
const interpolate = (text: string, context: Record<string, unknown>, status: { failed: boolean }) =>
  text.replace(/\$\{\{(.+?)\}\}/g, (_, expr: string) => String(evaluate(expr.trim(), context, status)));
const condition = (text: string | undefined, context: Record<string, unknown>, status: { failed: boolean }) => {
  if (text === undefined) return !status.failed;
  const expr = text.replace(/^\$\{\{(.*)\}\}$/s, '$1').trim();
  // A condition without a status function is read as success() && (…), as GitHub does.
  const bare = !/(success|failure|always|cancelled)\(\)/.test(expr);
  return (!bare || !status.failed) && truthy(evaluate(expr, context, status));
};

const saved = { ...process.env };
/** The subject paths the workflows gave actions/attest-build-provenance, in order. */
const attested: string[] = [];
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Runs one ctrlflow step of a job through the Action, in `workspace`. */
async function ctrlflowStep(inputs: Record<string, string>, workspace: string): Promise<{ code: number; outputs: Record<string, string>; stdout: string }> {
  const dir = tempDir();
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary.md'), '');
  const env: Record<string, string> = { ...saved, GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  for (const key of Object.keys(env)) if (key.startsWith('INPUT_')) delete env[key];
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  process.env = env;
  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
  const code = await runAction(workspace);
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
  return { code, outputs: githubOutputs(join(dir, 'output')), stdout: printed.join('') };
}

/**
 * One run of a workflow: every job (matrix entries expanded) in `needs` order. `prepare` sets
 * up a job's workspace (the repository's own files); `skip` leaves a job out (a failed runner).
 */
async function runWorkflow(
  file: string,
  artifacts: Artifacts,
  options: { inputs?: Record<string, string>; prepare?: (workspace: string) => void; skip?: (job: string, matrix: Record<string, unknown>) => boolean } = {},
): Promise<StepRun[]> {
  const workflow = parse(readFileSync(join(REPO, 'examples/workflows', file), 'utf8')) as Workflow;
  const done = new Set<string>();
  const runs: StepRun[] = [];
  const order = Object.keys(workflow.jobs);
  while (done.size < order.length) {
    const name = order.find((j) => !done.has(j) && [workflow.jobs[j]!.needs ?? []].flat().every((n) => done.has(n)))!;
    const job = workflow.jobs[name]!;
    const matrix = job.strategy?.matrix ?? {};
    const entries = Object.entries(matrix).reduce<Record<string, unknown>[]>((all, [key, values]) => all.flatMap((e) => values.map((v) => ({ ...e, [key]: v }))), [{}]);
    for (const entry of entries) {
      if (options.skip?.(name, entry)) continue;
      const workspace = tempDir('ctrlflow-workspace-');
      options.prepare?.(workspace);
      const status = { failed: false };
      const steps: Record<string, { outputs: Record<string, string> }> = {};
      const context = () => ({ matrix: entry, inputs: options.inputs ?? {}, secrets: {}, steps, github: { repository: 'o/r', run_id: '1', event: { pull_request: { head: { repo: { full_name: 'o/r' } } } } } });
      for (const step of job.steps) {
        if (!condition(step.if, context(), status)) continue;
        const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), context(), status)]));
        let ok = true;
        if (step.uses === 'ctrlflow/ctrlflow@v1') {
          const command = inputs.command ?? 'scan';
          if (command === 'scan') {
            for (const key of LIVE_SCOPE) delete inputs[key];
            inputs.inventory = DEMO;
          }
          const run = await ctrlflowStep(inputs, workspace);
          runs.push({ job: name + (Object.keys(entry).length > 0 ? ` ${JSON.stringify(entry)}` : ''), step: interpolate(step.name ?? step.id ?? command, context(), status), code: run.code, outputs: run.outputs, stdout: run.stdout });
          if (step.id) steps[step.id] = { outputs: run.outputs };
          ok = run.code === 0;
        } else if (step.uses?.startsWith('actions/upload-artifact@')) {
          const from = join(workspace, inputs.path!);
          if (existsSync(from)) {
            const to = tempDir('ctrlflow-artifact-');
            cpSync(from, from.endsWith('.json') ? join(to, basename(from)) : to, { recursive: true });
            artifacts.set(inputs.name!, to);
          }
        } else if (step.uses?.startsWith('actions/download-artifact@')) {
          const pattern = new RegExp(`^${(inputs.pattern ?? inputs.name)!.replace(/\*/g, '.*')}$`);
          for (const [artifact, dir] of artifacts) if (pattern.test(artifact)) cpSync(dir, join(workspace, inputs.path!, artifact), { recursive: true });
        } else if (step.uses?.startsWith('actions/attest-build-provenance@')) {
          // GitHub signs the file it is given: it must be there, and be the run's manifest.
          const subject = join(workspace, inputs['subject-path']!);
          ok = existsSync(subject) && JSON.parse(readFileSync(subject, 'utf8')).command === 'scan';
          attested.push(inputs['subject-path']!);
        } else if (step.uses?.startsWith('dawidd6/action-download-artifact@')) {
          // The artifact of the named workflow's last successful run, if there is one.
          const dir = artifacts.get(inputs.name!);
          if (dir) cpSync(dir, join(workspace, inputs.path!), { recursive: true });
          else ok = false;
        } else if (step.run !== undefined) {
          throw new Error(`${file}: a run: step needs simulating here: ${step.run}`);
        }
        if (!ok && step['continue-on-error'] !== true) status.failed = true;
      }
      if (status.failed) runs.push({ job: name, step: '(job failed)', code: -1, outputs: {}, stdout: '' });
    }
    done.add(name);
  }
  return runs;
}

const codes = (runs: StepRun[]) => runs.map((r) => [r.job, r.step, r.code]);
/** The user's own file in their repository, which the nightly names. */
const withExceptions = (workspace: string) => cpSync(join(REPO, 'examples/demo-exceptions.yaml'), join(workspace, 'ctrlflow.exceptions.yaml'));

describe('the example workflows, run in order against the demo', () => {
  it('has a simulation for each one', () => {
    expect(readdirSync(join(REPO, 'examples/workflows')).sort()).toEqual(['nightly.yml', 'pr-gate.yml', 'remediate.yml', 'sharded.yml']);
  });

  it('pr-gate.yml and nightly.yml: no baseline on the first runs, then gating only on new findings', async () => {
    const artifacts: Artifacts = new Map();
    // The first PR, before any nightly report: no baseline; every high finding is new (exit 1, not 2).
    const pr1 = await runWorkflow('pr-gate.yml', artifacts);
    expect(codes(pr1)).toEqual([
      ['gate', 'Validate controls and flows', 0],
      ['gate', 'Control unit tests', 0],
      ['gate', 'Scan', 1],
      ['gate', '(job failed)', -1],
    ]);
    expect(pr1[2]!.stdout).toContain('No baseline yet: baseline/ctrlflow.json does not exist (--baseline-optional), so every FAIL counts as new.');
    expect(pr1[2]!.outputs['sarif-file']).toBe('ctrlflow-reports/ctrlflow.sarif');

    // The first night: no baseline either; it keeps its reports as the next baseline.
    const night1 = await runWorkflow('nightly.yml', artifacts, { prepare: withExceptions });
    expect(codes(night1)).toEqual([
      ['scan', 'Scan', 1],
      ['scan', '(job failed)', -1],
    ]);
    // A failing scan still has its manifest attested (if: always()).
    expect(attested).toEqual(['ctrlflow-reports/ctrlflow-manifest.json']);
    const kept = JSON.parse(readFileSync(join(artifacts.get('ctrlflow-reports')!, 'ctrlflow.json'), 'utf8')) as ScanReport;
    expect(kept.baseline).toMatchObject({ scanId: 'none (no baseline yet)', unchanged: 0, resolved: [] });
    expect(kept.baseline!.new).toBe(kept.totals.FAIL);

    // The second night: against the first, nothing is new, and every FAIL is unchanged.
    const night2 = await runWorkflow('nightly.yml', artifacts, { prepare: withExceptions });
    expect(codes(night2)[0]).toEqual(['scan', 'Scan', 1]);
    const second = JSON.parse(readFileSync(join(artifacts.get('ctrlflow-reports')!, 'ctrlflow.json'), 'utf8')) as ScanReport;
    expect(second.baseline).toMatchObject({ new: 0, unchanged: second.totals.FAIL, resolved: [] });

    // The next PR: against the nightly report nothing is new: the gate passes.
    const pr2 = await runWorkflow('pr-gate.yml', artifacts);
    expect(codes(pr2)).toEqual([
      ['gate', 'Validate controls and flows', 0],
      ['gate', 'Control unit tests', 0],
      ['gate', 'Scan', 0],
    ]);
    expect(pr2[2]!.stdout).not.toContain('No baseline yet');
  }, 600_000);

  it('sharded.yml: four shards merged into the whole scan, gated at high; a missing shard fails the merge', async () => {
    const artifacts: Artifacts = new Map();
    const runs = await runWorkflow('sharded.yml', artifacts);
    expect(codes(runs)).toEqual([
      ...[1, 2, 3, 4].map((k) => [`shard {"shard":${k}}`, `Scan shard ${k} of 4`, 0]),
      ['merge', 'Merge the shard reports and gate', 1],
      ['merge', '(job failed)', -1],
    ]);
    const merged = JSON.parse(readFileSync(join(artifacts.get('ctrlflow-reports')!, 'ctrlflow.json'), 'utf8')) as ScanReport;
    expect([merged.shard, merged.partial, merged.failOn, merged.sources!.length]).toEqual([undefined, undefined, 'high', 4]);
    // The whole scan of the same clouds, for comparison.
    const whole = await ctrlflowStep({ inventory: DEMO, cloud: 'azure gcp', format: 'json', 'fail-on': 'high', out: 'whole', summary: 'false', annotations: 'false' }, tempDir());
    expect(runs[4]!.outputs).toMatchObject({ failed: whole.outputs.failed, passed: whole.outputs.passed, errors: '0', 'exit-code': '1' });
    expect(Number(whole.outputs.failed)).toBeGreaterThan(0);

    // Shard 3's job failed before uploading: the merge writes nothing and says why (exit 2).
    const partial = await runWorkflow('sharded.yml', new Map(), { skip: (job, matrix) => job === 'shard' && matrix.shard === 3 });
    expect(codes(partial).slice(-2)).toEqual([
      ['merge', 'Merge the shard reports and gate', 2],
      ['merge', '(job failed)', -1],
    ]);
    expect(partial.at(-2)!.stdout).toContain('error shards: shard 3 of 4 is missing; no report was written');
  }, 600_000);

  it('remediate.yml: the plan job plans without writing; the apply job refuses a snapshot (its writes are tested live in test/cli/remediate.test.ts)', async () => {
    const artifacts: Artifacts = new Map();
    const runs = await runWorkflow('remediate.yml', artifacts, { inputs: { controls: 'AWS-EC2-001', 'max-actions': '10', approve: '' } });
    expect(codes(runs)).toEqual([
      ['plan', 'Plan (nothing is changed)', 0],
      ['apply', 'Apply', 2],
      ['apply', '(job failed)', -1],
    ]);
    const plan = JSON.parse(readFileSync(join(artifacts.get('ctrlflow-plan')!, 'ctrlflow.json'), 'utf8')) as ScanReport;
    expect(plan.controls.map((c) => c.id)).toEqual(['AWS-EC2-001']);
    expect(plan.plan!.actions).toBeGreaterThan(0);
    expect(runs[1]!.stdout).toContain('--remediate changes the live cloud: it cannot run on a snapshot');
    // Refused before anything was read or written: no reports, no audit log to keep.
    expect(artifacts.has('ctrlflow-remediation-1')).toBe(false);
  }, 600_000);
});
