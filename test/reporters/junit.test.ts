import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../reporters/index.js';
import { junit } from '../../reporters/junit.js';
import { EXCEPTED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';
import { demoRun } from '../helpers/demo-run.js';

type Case = { '@_name': string; '@_classname': string; failure?: { '@_message': string; '@_type': string; '#text'?: string }; error?: { '@_message': string; '@_type': string }; skipped?: { '@_message': string } };
type Suite = { '@_name': string; '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string; properties: { property: { '@_name': string; '@_value': string }[] }; testcase?: Case[] };
type Doc = { testsuites: { '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string; testsuite: Suite[] } };

/** Parses JUnit XML as a CI viewer would: well-formedness first, then elements and attributes (entities decoded). */
function parse(xml: string): Doc {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, htmlEntities: true, parseAttributeValue: false, parseTagValue: false, trimValues: false, isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) }).parse(xml) as Doc;
}

describe('junit reporter', () => {
  it('writes the demo as a suite per control and a case per resource, with counts that add up', async () => {
    const demo = await demoRun('junit');
    const doc = parse(demo.read('ctrlflow.junit.xml'));
    const { totals } = demo.report;
    expect([doc.testsuites['@_tests'], doc.testsuites['@_failures'], doc.testsuites['@_errors'], doc.testsuites['@_skipped']]).toEqual(
      [totals.PASS + totals.FAIL + totals.ERROR + totals.EXCEPTED, totals.FAIL, totals.ERROR, totals.EXCEPTED].map(String),
    );
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s['@_name'])).toEqual(demo.report.controls.map((c) => `${c.id} ${c.title}`));
    for (const [i, suite] of suites.entries()) {
      const control = demo.report.controls[i]!;
      const cases = suite.testcase ?? [];
      const mine = demo.report.results.filter((r) => r.controlId === control.id);
      expect(cases.map((c) => c['@_classname']), control.id).toEqual(mine.map(() => control.id));
      expect(cases.map((c) => (c.failure ? 'FAIL' : c.error ? 'ERROR' : c.skipped ? 'EXCEPTED' : 'PASS')), control.id).toEqual(mine.map((r) => r.status));
      expect([suite['@_tests'], suite['@_failures'], suite['@_skipped']], control.id).toEqual([mine.length, control.counts.FAIL, control.counts.EXCEPTED].map(String));
      expect(suite.properties.property.find((p) => p['@_name'] === 'severity')?.['@_value']).toBe(control.severity);
    }
    const failing = suites.flatMap((s) => s.testcase ?? []).filter((c) => c.failure);
    expect(failing.length).toBe(totals.FAIL);
    expect(failing.every((c) => c.failure!['#text']!.includes('Remediation: '))).toBe(true);
  });

  it('gives a failure its reason and remediation, an error its code, an exception its reason as the skip message', async () => {
    const doc = parse(await renderReport(junit, EXCEPTED_REPORT));
    const [ec2, rds, unused] = doc.testsuites.testsuite;
    const [excepted, pass, fresh] = ec2!.testcase!;
    expect(excepted!.skipped!['@_message']).toBe('Excepted: Bastion, <b>reviewed</b> (owner sec@example.com, expires 2027-01-31, exceptions.yaml:2)');
    expect(excepted!['@_name']).toBe('<img src=x onerror=alert(1)> (sg-0a1) in aws 111111111111/us-east-1');
    expect(pass!.failure ?? pass!.error ?? pass!.skipped).toBeUndefined();
    expect(fresh!.failure).toEqual({
      '@_message': SCAN_REPORT.results[0]!.reason,
      '@_type': 'high',
      '#text': `Reason: ${SCAN_REPORT.results[0]!.reason}\n\nEvidence: {"$.IpPermissions[*].FromPort":22}\n\nRemediation: Remove the rule.`,
    });
    expect(rds!.testcase![0]!.error).toEqual({ '@_message': SCAN_REPORT.results[2]!.reason, '@_type': 'AccessDenied', '#text': SCAN_REPORT.results[2]!.reason });
    expect(rds!.testcase![0]!['@_name']).toBe('(target) aws 222222222222/eu-west-1');
    expect([unused!['@_tests'], unused!.testcase]).toEqual(['0', undefined]);
  });

  it('names each control\'s KeyNeverFound warnings as properties of its suite', async () => {
    const warning = { code: 'KeyNeverFound' as const, message: 'condition c1 key $.Encrypted was in none of the 3 item(s) judged', node: 'verdict', condition: 'c1', key: '$.Encrypted', items: 3 };
    const report = { ...SCAN_REPORT, controls: SCAN_REPORT.controls.map((c, i) => (i === 0 ? { ...c, warnings: [warning] } : c)) };
    const [first, second] = parse(await renderReport(junit, report)).testsuites.testsuite;
    expect(first!.properties.property.filter((p) => p['@_name'].startsWith('warning:')).map((p) => [p['@_name'], p['@_value']])).toEqual([['warning:KeyNeverFound', warning.message]]);
    expect(second!.properties.property.filter((p) => p['@_name'].startsWith('warning:'))).toEqual([]);
  });

  it('escapes cloud text, keeps line breaks in attributes and replaces what XML cannot hold', async () => {
    const nasty = 'a&b<c>"d\'\ne\u0001f\uD800g\uFFFE]]>';
    const report = { ...SCAN_REPORT, results: [{ ...SCAN_REPORT.results[0]!, displayName: nasty, reason: nasty }] };
    const doc = parse(await renderReport(junit, report));
    const [only] = doc.testsuites.testsuite[0]!.testcase!;
    const kept = 'a&b<c>"d\'\ne\uFFFDf\uFFFDg\uFFFD]]>';
    expect(only!['@_name']).toBe(`${kept} (sg-0a1) in aws 111111111111/us-east-1`);
    expect(only!.failure!['@_message']).toBe(kept);
    expect(only!.failure!['#text']!.startsWith(`Reason: ${kept}\n\n`)).toBe(true);
  });
});
