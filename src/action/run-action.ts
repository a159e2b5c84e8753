import * as core from '@actions/core';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { EXIT, type ExitCode } from '../cli/exit-codes.js';
import { printable, processIo } from '../cli/io.js';
import { main } from '../cli/main.js';
import { scanOptions } from '../cli/scan-options.js';
import { defaultContentPaths } from '../cli/selection.js';
import type { ControlSummary, Result, ScanReport } from '../model/result.js';
import { severityRank } from '../model/severity.js';
import { findReporter } from '../../reporters/index.js';
import { redactText, redactValue } from '../output/redact.js';

/** Inputs of the action beyond the scan flags (which it takes one for one, kebab-case). */
export const ACTION_INPUTS = ['command', 'config', 'summary', 'annotations', 'results'] as const;

/** GitHub shows 10 error and 10 warning annotations per step: spend them on the worst controls. */
const ANNOTATIONS_PER_LEVEL = 10;
const DEFAULT_OUT = 'ctrlflow-reports';

/**
 * The GitHub Action: every scan flag is an input of the same name; the scan runs in-process
 * with the CLI's rules, then the step gets outputs, a job summary, annotations on the control
 * files, and the CLI's exit code.
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
  for (const [name, option] of Object.entries(options)) {
    const raw = core.getInput(name);
    if (raw === '') continue;
    // A list input takes one value per line, or values separated by commas or spaces; a
    // --var value may itself hold commas and spaces, so it takes one per line.
    const split = name === 'var' ? raw.split('\n') : option.array ? raw.split(/[\s,]+/) : [raw];
    given.set(name, split.map((v) => v.trim()).filter(Boolean));
  }
  const out = given.get('out')?.[0] ?? DEFAULT_OUT;
  given.set('out', [out]);
  // The action reads the JSON report for its outputs, whatever formats were asked for.
  const formats = given.get('format') ?? [];
  if (formats.length > 0 && !formats.includes('json')) given.set('format', [...formats, 'json']);
  if (core.getInput('config')) given.set('config', [core.getInput('config')]);
  const argv = ['scan', ...[...given].flatMap(([name, values]) => (name === 'var' ? values.flatMap((v) => ['--var', v]) : [`--${name}`, ...values]))];

  const code = await main(argv, processIo(), cwd);
  core.setOutput('exit-code', String(code));
  if (code === EXIT.BAD_INPUT) {
    core.setFailed('ctrlflow: bad input (see the errors above); nothing was scanned');
    return code;
  }
  const folder = resolve(cwd, out);
  const text = await readFile(join(folder, 'ctrlflow.json'), 'utf8').catch(() => undefined);
  if (text === undefined) {
    // The scan stopped before writing anything (no credentials, no scope it could list).
    core.setFailed('ctrlflow: nothing could be scanned (see the error above)');
    return code;
  }
  const report = JSON.parse(text) as ScanReport;
  await publish(report, folder, formats, cwd);
  // A failing step spends one error annotation on saying why.
  if (core.getInput('annotations') !== 'false') annotate(report, cwd, code === EXIT.OK ? ANNOTATIONS_PER_LEVEL : ANNOTATIONS_PER_LEVEL - 1);
  if (code !== EXIT.OK) {
    core.setFailed(
      code === EXIT.FAILED
        ? `ctrlflow: ${report.totals.FAIL} failing result(s), some at or above --fail-on ${report.failOn}`
        : `ctrlflow: ${report.totals.ERROR} target(s) could not be read`,
    );
  }
  return code;
}

/**
 * `report`: merges the `ctrlflow.json` files named by `results` (files, or folders searched
 * for them, e.g. the downloaded shard artifacts) into one set of reports, with the summary.
 */
async function mergeResults(cwd: string): Promise<ExitCode> {
  const files: string[] = [];
  for (const given of core.getInput('results').split(/[\s,]+/).filter(Boolean)) {
    const path = resolve(cwd, given);
    const found = (await stat(path).catch(() => undefined))?.isDirectory()
      ? (await readdir(path, { recursive: true })).filter((f) => basename(String(f)) === 'ctrlflow.json').map((f) => join(path, String(f))).sort()
      : [path];
    files.push(...found);
  }
  if (files.length === 0) {
    core.setFailed('ctrlflow report: no ctrlflow.json found in the results input');
    return EXIT.BAD_INPUT;
  }
  const out = core.getInput('out') || DEFAULT_OUT;
  const formats = core.getInput('format').split(/[\s,]+/).filter(Boolean);
  const code = await main(['report', ...files, '--out', out, ...(formats.length > 0 ? ['--format', ...new Set([...formats, 'json'])] : [])], processIo(), cwd);
  core.setOutput('exit-code', String(code));
  if (code !== EXIT.OK) {
    core.setFailed('ctrlflow report failed (see above)');
    return code;
  }
  const folder = resolve(cwd, out);
  await publish(JSON.parse(await readFile(join(folder, 'ctrlflow.json'), 'utf8')) as ScanReport, folder, formats, cwd);
  return code;
}

/** The step's outputs (counts and report paths, empty for a format not written) and its job summary. */
async function publish(report: ScanReport, folder: string, formats: string[], cwd: string): Promise<void> {
  const written = (format: string) => (formats.length === 0 || formats.includes(format) ? relative(cwd, join(folder, `ctrlflow.${format}`)) : '');
  core.setOutput('failed', String(report.totals.FAIL));
  core.setOutput('errors', String(report.totals.ERROR));
  core.setOutput('passed', String(report.totals.PASS));
  core.setOutput('sarif-file', written('sarif'));
  core.setOutput('html-file', written('html'));
  core.setOutput('json-file', relative(cwd, join(folder, 'ctrlflow.json')));
  // The Markdown reporter caps itself under GitHub's 1 MiB summary limit.
  if (core.getInput('summary') !== 'false') await core.summary.addRaw(redactText(await findReporter('markdown')!.render(redactValue(report)))).write();
}

/** `validate` (controls and flows) or `test` (the controls' unit tests) on the `controls` and `flows` inputs. */
async function checkContent(command: 'validate' | 'test', cwd: string): Promise<ExitCode> {
  const list = (name: string) => core.getInput(name).split(/[\s,]+/).filter(Boolean);
  const defaults = defaultContentPaths(cwd);
  const controls = list('controls').length > 0 ? list('controls') : [defaults.controls];
  const flows = list('flows').length > 0 ? list('flows') : [defaults.flows];
  const argv = command === 'validate' ? ['validate', ...controls, ...flows] : ['test', ...controls, '--flows', ...flows];
  const code = await main(argv, processIo(), cwd);
  core.setOutput('exit-code', String(code));
  if (code !== EXIT.OK) core.setFailed(`ctrlflow ${command} failed (see above)`);
  return code;
}

/** One annotation per control, on its file and line: the most severe failing controls as errors, the next ones and the unreadable ones as warnings. */
function annotate(report: ScanReport, cwd: string, errorSlots: number): void {
  const byControl = new Map<string, Result[]>();
  for (const r of report.results) if (r.status === 'FAIL' || r.status === 'ERROR') byControl.set(r.controlId, [...(byControl.get(r.controlId) ?? []), r]);
  const worst = report.controls
    .filter((c) => byControl.has(c.id))
    .sort((a, b) => Number(b.counts.FAIL > 0) - Number(a.counts.FAIL > 0) || severityRank(b.severity) - severityRank(a.severity) || b.counts.FAIL - a.counts.FAIL || a.id.localeCompare(b.id));
  const failing = worst.filter((c) => c.counts.FAIL > 0);
  const errors = failing.filter((c) => severityRank(c.severity) >= severityRank('high')).slice(0, errorSlots);
  const warnings = worst.filter((c) => !errors.includes(c)).slice(0, ANNOTATIONS_PER_LEVEL);
  for (const control of errors) core.error(describe(control, byControl.get(control.id)!), where(control, cwd));
  for (const control of warnings) core.warning(describe(control, byControl.get(control.id)!), where(control, cwd));
}

/** On the control's file and line when it is in the repository; GitHub shows no annotation on a file outside it (the bundled controls). */
function where(control: ControlSummary, cwd: string): core.AnnotationProperties {
  const title = printable(`${control.id} ${control.title} (${control.severity})`);
  const file = relative(cwd, resolve(cwd, control.file));
  return file.startsWith('..') || isAbsolute(file) ? { title } : { title, file, startLine: control.line };
}

function describe(control: ControlSummary, results: Result[]): string {
  const failed = results.filter((r) => r.status === 'FAIL');
  const unread = results.filter((r) => r.status === 'ERROR');
  const lines: string[] = [];
  if (failed.length > 0) {
    lines.push(`${failed.length} resource(s) fail:`);
    for (const r of failed.slice(0, 5)) lines.push(`- ${r.resourceId} (${r.account}/${r.region}): ${r.reason}`);
    if (failed.length > 5) lines.push(`- and ${failed.length - 5} more (see the HTML report)`);
  }
  if (unread.length > 0) lines.push(`${unread.length} target(s) could not be read: ${unread[0]!.reason}`);
  if (control.remediation && failed.length > 0) lines.push(`Fix: ${control.remediation}`);
  // Each line escaped as the Io escapes what it prints: cloud values cannot add lines or controls.
  return lines.map(printable).join('\n');
}
