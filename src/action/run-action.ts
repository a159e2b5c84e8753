import * as core from '@actions/core';
import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { EXIT, type ExitCode } from '../cli/exit-codes.js';
import { printable, processIo } from '../cli/io.js';
import { main } from '../cli/main.js';
import { scanOptions, type ScanOption } from '../cli/scan-options.js';
import { defaultContentPaths } from '../cli/usage.js';
import type { ResultStream } from '../model/stream.js';
import type { ControlInfo, ControlSummary, ReportHead, ReportSummary, Result } from '../model/result.js';
import { append } from '../model/append.js';
import { severityRank } from '../model/severity.js';
import { StringReport } from '../output/reports.js';
import { redactText } from '../lib/redact.js';

/** Inputs of the action beyond the scan flags (which it takes one for one, kebab-case). */
export const ACTION_INPUTS = ['command', 'config', 'summary', 'annotations', 'results', 'allow-partial'] as const;

/** GitHub shows 10 error and 10 warning annotations per step: spend them on the worst controls. */
const ANNOTATIONS_PER_LEVEL = 10;
const DEFAULT_OUT = 'ctrlflow-reports';

/**
 * The GitHub Action: every scan flag is an input of the same name, read through the CLI's one
 * flag table; the scan runs in-process through the engine's pipeline, and what the step shows
 * (outputs, the job summary, annotations on the control files) comes from the same result
 * stream as the reports: nothing is read back from disk. The step ends with the CLI's exit code.
 */
export async function runAction(cwd = process.cwd()): Promise<ExitCode> {
  const command = core.getInput('command') || 'scan';
  if (command === 'validate' || command === 'test') return checkContent(command, cwd);
  if (command === 'report') return mergeResults(cwd);
  if (command !== 'scan') {
    core.setFailed(`ctrlflow: command must be scan, report, validate or test, not "${command}"`);
    return EXIT.BAD_INPUT;
  }
  const options = scanOptions(defaultContentPaths(cwd));
  const given = new Map<string, string[]>();
  for (const [name, option] of Object.entries<ScanOption>(options)) {
    const raw = core.getInput(name);
    if (raw === '') continue;
    // A list input takes one value per line, or values separated by commas or spaces; a
    // --var value may itself hold commas and spaces, so it takes one per line.
    const split = name === 'var' ? raw.split('\n') : option.array ? raw.split(/[\s,]+/) : [raw];
    given.set(name, split.map((v) => v.trim()).filter(Boolean));
  }
  const out = given.get('out')?.[0] ?? DEFAULT_OUT;
  given.set('out', [out]);
  // The json-file output names ctrlflow.json, whatever formats were asked for.
  const formats = given.get('format') ?? [];
  if (formats.length > 0 && !formats.includes('json')) given.set('format', [...formats, 'json']);
  if (core.getInput('config')) given.set('config', [core.getInput('config')]);
  const argv = ['scan', ...[...given].flatMap(([name, values]) => (name === 'var' ? values.flatMap((v) => ['--var', v]) : [`--${name}`, ...values]))];

  const annotations = new Annotations();
  const jobSummary = new StringReport('markdown');
  let run: { summary?: ReportSummary; files: string[] } = { files: [] };
  const code = await main(argv, processIo(), cwd, { outputs: [annotations, jobSummary], onRun: (r) => (run = r) });
  core.setOutput('exit-code', String(code));
  if (code === EXIT.BAD_INPUT && !run.summary) {
    core.setFailed('ctrlflow: bad input (see the errors above); nothing was scanned');
    return code;
  }
  if (!run.summary || !annotations.head) {
    // The scan stopped before writing anything (no credentials, no scope it could list).
    core.setFailed('ctrlflow: nothing could be scanned (see the error above)');
    return code;
  }
  await publish(run.summary, run.files, jobSummary, cwd);
  // A failing step spends one error annotation on saying why.
  if (core.getInput('annotations') !== 'false') annotations.annotate(run.summary, cwd, code === EXIT.OK ? ANNOTATIONS_PER_LEVEL : ANNOTATIONS_PER_LEVEL - 1);
  if (code !== EXIT.OK) {
    core.setFailed(
      code === EXIT.FAILED
        ? `ctrlflow: ${run.summary.totals.FAIL} failing result(s), some at or above --fail-on ${annotations.head.failOn}`
        : code === EXIT.UNREADABLE
          ? `ctrlflow: ${run.summary.totals.ERROR} target(s) could not be read`
          : 'ctrlflow: --remediate refused to run (see the errors above)',
    );
  }
  return code;
}

/**
 * `report`: merges the `ctrlflow.json` files named by `results` (files, or folders searched
 * for them, e.g. the downloaded shard artifacts) into one set of reports, with the summary,
 * and gates like a scan: `fail-on`, `fail-on-new`, `baseline`, `baseline-optional`, and
 * `allow-partial` for shards that are not one complete run.
 */
async function mergeResults(cwd: string): Promise<ExitCode> {
  const files: string[] = [];
  for (const given of core.getInput('results').split(/[\s,]+/).filter(Boolean)) {
    const path = resolve(cwd, given);
    const found = (await stat(path).catch(() => undefined))?.isDirectory()
      ? (await readdir(path, { recursive: true })).filter((f) => basename(String(f)) === 'ctrlflow.json').map((f) => join(path, String(f))).sort()
      : [path];
    append(files, found);
  }
  if (files.length === 0) {
    core.setFailed('ctrlflow report: no ctrlflow.json found in the results input');
    return EXIT.BAD_INPUT;
  }
  const out = core.getInput('out') || DEFAULT_OUT;
  const formats = core.getInput('format').split(/[\s,]+/).filter(Boolean);
  const gate: string[] = [];
  for (const name of ['fail-on', 'baseline']) if (core.getInput(name)) gate.push(`--${name}`, core.getInput(name));
  for (const name of ['fail-on-new', 'baseline-optional', 'allow-partial']) if (core.getInput(name) === 'true') gate.push(`--${name}`);
  const jobSummary = new StringReport('markdown');
  let run: { summary?: ReportSummary; files: string[] } = { files: [] };
  const code = await main(['report', ...files, '--out', out, ...(formats.length > 0 ? ['--format', ...new Set(formats)] : []), ...gate], processIo(), cwd, { outputs: [jobSummary], onRun: (r) => (run = r) });
  core.setOutput('exit-code', String(code));
  if (!run.summary) {
    core.setFailed('ctrlflow report: no report was written (see the errors above)');
    return code;
  }
  await publish(run.summary, run.files, jobSummary, cwd);
  if (code !== EXIT.OK) {
    core.setFailed(
      code === EXIT.FAILED
        ? `ctrlflow report: ${run.summary.totals.FAIL} failing result(s), some at or above --fail-on ${core.getInput('fail-on') || 'low'}`
        : `ctrlflow report: ${run.summary.totals.ERROR} result(s) are ERROR (targets that could not be read)`,
    );
  }
  return code;
}

/** The step's outputs (counts and report paths, empty for a format not written) and its job summary. */
async function publish(summary: ReportSummary, files: string[], jobSummary: StringReport, cwd: string): Promise<void> {
  const written = (name: string) => {
    const file = files.find((f) => basename(f) === name);
    return file ? relative(cwd, file) : '';
  };
  core.setOutput('failed', String(summary.totals.FAIL));
  core.setOutput('errors', String(summary.totals.ERROR));
  core.setOutput('passed', String(summary.totals.PASS));
  core.setOutput('excepted', String(summary.totals.EXCEPTED));
  core.setOutput('new', summary.baseline ? String(summary.baseline.new) : '');
  core.setOutput('sarif-file', written('ctrlflow.sarif'));
  core.setOutput('html-file', written('ctrlflow.html'));
  core.setOutput('json-file', written('ctrlflow.json'));
  core.setOutput('manifest-file', written('ctrlflow-manifest.json'));
  // The Markdown reporter caps itself under GitHub's 1 MiB summary limit.
  if (core.getInput('summary') !== 'false') await core.summary.addRaw(redactText(jobSummary.text())).write();
}

/** `validate` (controls and flows) or `test` (the controls' unit tests) on the `controls` and `flows` inputs. */
async function checkContent(command: 'validate' | 'test', cwd: string): Promise<ExitCode> {
  const list = (name: string) => core.getInput(name).split(/[\s,]+/).filter(Boolean);
  const defaults = defaultContentPaths(cwd);
  const controls = list('controls').length > 0 ? list('controls') : [defaults.controls];
  const flows = list('flows').length > 0 ? list('flows') : [defaults.flows];
  let code: ExitCode;
  if (command === 'validate') {
    // Each error as an annotation on its file, line and column (GitHub shows it on the pull request's diff).
    const { validateCommand } = await import('../cli/commands/validate.js');
    code = await validateCommand([...controls, ...flows], processIo(), cwd, (d) =>
      core.error(printable(d.message), { file: d.file, startLine: d.line, startColumn: d.col, title: printable(`ctrlflow validate: ${d.code}`) }),
    );
  } else code = await main(['test', ...controls, '--flows', ...flows], processIo(), cwd);
  core.setOutput('exit-code', String(code));
  if (code !== EXIT.OK) core.setFailed(`ctrlflow ${command} failed (see above)`);
  return code;
}

/**
 * One annotation per control, on its file and line: the most severe failing controls as
 * errors, the next ones and the unreadable ones as warnings. While the results stream by it
 * keeps, per control, the first few failures and the count: never the whole scan.
 */
class Annotations implements ResultStream {
  head: ReportHead | undefined;
  private readonly byControl = new Map<string, { failed: Result[]; failCount: number; unread: number; firstUnread?: string }>();

  begin(head: ReportHead): void {
    this.head = head;
  }

  results(batch: readonly Result[]): void {
    for (const r of batch) {
      if (r.status !== 'FAIL' && r.status !== 'ERROR') continue;
      let own = this.byControl.get(r.controlId);
      if (!own) this.byControl.set(r.controlId, (own = { failed: [], failCount: 0, unread: 0 }));
      if (r.status === 'FAIL') {
        own.failCount += 1;
        if (own.failed.length < 5) own.failed.push(r);
      } else {
        own.unread += 1;
        own.firstUnread ??= r.reason;
      }
    }
  }

  end(): void {}

  annotate(summary: ReportSummary, cwd: string, errorSlots: number): void {
    const worst = summary.controls
      .filter((c) => this.byControl.has(c.id))
      .sort((a, b) => Number(b.counts.FAIL > 0) - Number(a.counts.FAIL > 0) || severityRank(b.severity) - severityRank(a.severity) || b.counts.FAIL - a.counts.FAIL || a.id.localeCompare(b.id));
    const failing = worst.filter((c) => c.counts.FAIL > 0);
    const errors = failing.filter((c) => severityRank(c.severity) >= severityRank('high')).slice(0, errorSlots);
    const warnings = worst.filter((c) => !errors.includes(c)).slice(0, ANNOTATIONS_PER_LEVEL);
    for (const control of errors) core.error(this.describe(control), where(control, cwd));
    for (const control of warnings) core.warning(this.describe(control), where(control, cwd));
  }

  private describe(control: ControlSummary): string {
    const own = this.byControl.get(control.id)!;
    const lines: string[] = [];
    if (own.failCount > 0) {
      lines.push(`${own.failCount} resource(s) fail:`);
      for (const r of own.failed) lines.push(`- ${r.resourceId} (${r.account}/${r.region}): ${r.reason ?? ''}`);
      if (own.failCount > 5) lines.push(`- and ${own.failCount - 5} more (see the HTML report)`);
    }
    if (own.unread > 0) lines.push(`${own.unread} target(s) could not be read: ${own.firstUnread ?? ''}`);
    if (control.remediation && own.failCount > 0) lines.push(`Fix: ${control.remediation}`);
    // Each line escaped as the Io escapes what it prints: cloud values cannot add lines or controls.
    return lines.map(printable).join('\n');
  }
}

/** On the control's file and line when it is in the repository; GitHub shows no annotation on a file outside it (the bundled controls). */
function where(control: ControlInfo, cwd: string): core.AnnotationProperties {
  const title = printable(`${control.id} ${control.title} (${control.severity})`);
  const file = relative(cwd, resolve(cwd, control.file));
  return file.startsWith('..') || isAbsolute(file) ? { title } : { title, file, startLine: control.line };
}
