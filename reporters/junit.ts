import { gunzipSync, gzipSync } from 'node:zlib';
import type { ControlInfo, ControlSummary, ReportHead, ReportSummary, Result } from '../src/model/result.js';
import type { Reporter, TextSink } from './types.js';

/** Uncompressed bytes of test cases per gzip block a control's suite waits in. */
const BLOCK = 1 << 18;

/**
 * JUnit XML, as CI test tabs read it (GitLab, Jenkins, Azure DevOps, GitHub test-report
 * actions): `<testsuites>` of one `<testsuite>` per control (its id and title, severity and
 * compliance as properties) holding one `<testcase>` per result, named by the resource and its
 * target, with classname the control id. FAIL is a `<failure>` (the reason as message; the
 * reason, evidence and remediation as text), ERROR an `<error>` (type: the error code),
 * EXCEPTED `<skipped>` with the exception's reason; PASS an empty test case. Cloud text is
 * escaped, and characters XML 1.0 cannot hold are replaced by U+FFFD.
 *
 * Results arrive target by target and a suite must hold all of its control's cases, so each
 * control's cases wait, gzip-compressed in blocks (as the HTML's findings do), until the summary;
 * the suites are then written in control order, their counts in their start tags.
 */
export const junit: Reporter = {
  format: 'junit',
  extension: 'junit.xml',
  summary: 'JUnit XML: a suite per control, a case per resource, for CI test tabs',
  open(head, out) {
    const suites = new Map(head.controls.map((c) => [c.id, new Suite()]));
    const controls = new Map(head.controls.map((c) => [c.id, c]));
    return {
      result(r) {
        suites.get(r.controlId)!.add(testCase(r, controls.get(r.controlId)!));
      },
      async end(summary) {
        await write(out, head, summary, suites);
      },
    };
  },
};

class Suite {
  readonly blocks: Buffer[] = [];
  private pending: string[] = [];
  private bytes = 0;

  add(xml: string): void {
    this.pending.push(xml);
    this.bytes += xml.length;
    if (this.bytes >= BLOCK) this.seal();
  }

  seal(): void {
    if (this.pending.length === 0) return;
    this.blocks.push(gzipSync(this.pending.join(''), { level: 1 }));
    this.pending = [];
    this.bytes = 0;
  }
}

function testCase(r: Result, control: ControlInfo): string {
  const where = `${r.provider} ${r.account}/${r.region}`;
  const name = r.resourceId === undefined ? `(target) ${where}` : `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId} in ${where}`;
  const open = `    <testcase name="${attr(name)}" classname="${attr(r.controlId)}" time="0"`;
  if (r.status === 'PASS') return `${open}/>\n`;
  if (r.status === 'FAIL') {
    const body = [r.reason ? `Reason: ${r.reason}` : '', r.evidence && Object.keys(r.evidence).length > 0 ? `Evidence: ${JSON.stringify(r.evidence)}` : '', control.remediation ? `Remediation: ${control.remediation}` : ''].filter(Boolean).join('\n\n');
    return `${open}>\n      <failure message="${attr(r.reason ?? 'failed')}" type="${attr(control.severity)}">${text(body)}</failure>\n    </testcase>\n`;
  }
  if (r.status === 'ERROR') return `${open}>\n      <error message="${attr(r.reason ?? 'could not be evaluated')}" type="${attr(r.errorCode ?? 'error')}">${text(r.reason ?? '')}</error>\n    </testcase>\n`;
  const why = r.exception ? `Excepted: ${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expires}, ${r.exception.source})` : `Excepted${r.reason ? `: ${r.reason}` : ''}`;
  return `${open}>\n      <skipped message="${attr(why)}"/>\n    </testcase>\n`;
}

async function write(out: TextSink, head: ReportHead, summary: ReportSummary, suites: Map<string, Suite>): Promise<void> {
  const { totals } = summary;
  const all = totals.FAIL + totals.ERROR + totals.EXCEPTED + totals.PASS;
  // JUnit timestamps are local date-times without a zone; ctrlflow's are UTC.
  const timestamp = head.startedAt.replace(/(\.\d+)?Z$/, '');
  const seconds = Math.max(0, (Date.parse(summary.finishedAt) - Date.parse(head.startedAt)) / 1000).toFixed(3);
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.write(`<testsuites name="${attr(`ctrlflow ${head.scanId}`)}" tests="${all}" failures="${totals.FAIL}" errors="${totals.ERROR}" skipped="${totals.EXCEPTED}" time="${seconds}" timestamp="${timestamp}">\n`);
  const counts = new Map(summary.controls.map((c) => [c.id, c]));
  for (const control of head.controls) {
    const c = counts.get(control.id)?.counts ?? { FAIL: 0, ERROR: 0, EXCEPTED: 0, PASS: 0 };
    const suite = suites.get(control.id)!;
    suite.seal();
    out.write(`  <testsuite name="${attr(`${control.id} ${control.title}`)}" tests="${c.FAIL + c.ERROR + c.EXCEPTED + c.PASS}" failures="${c.FAIL}" errors="${c.ERROR}" skipped="${c.EXCEPTED}" time="0" timestamp="${timestamp}">\n`);
    out.write(`    <properties>\n${properties(control, counts.get(control.id))}    </properties>\n`);
    for (const block of suite.blocks) {
      out.write(gunzipSync(block).toString('utf8'));
      await out.drained();
    }
    suite.blocks.length = 0;
    out.write('  </testsuite>\n');
  }
  out.write('</testsuites>\n');
}

function properties(control: ControlInfo, outcome: ControlSummary | undefined): string {
  const list: [string, string][] = [
    ['control', control.id],
    ['severity', control.severity],
    ['status', outcome?.status ?? 'NO_RESOURCES'],
    ['resource-type', control.resourceType],
    ['flow', control.flowId],
    ['file', `${control.file}:${control.line}`],
    ...Object.entries(control.compliance).map(([framework, ids]): [string, string] => [`compliance:${framework}`, ids.join(', ')]),
    // Its KeyNeverFound warnings, as the HTML and Markdown show them.
    ...(outcome?.warnings ?? []).map((w): [string, string] => [`warning:${w.code}`, w.message]),
  ];
  return list.map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>\n`).join('');
}

/** Characters XML 1.0 cannot hold (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE, U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element text. */
export function text(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; line breaks and tabs kept as character references (a parser would fold them to spaces). */
export function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
