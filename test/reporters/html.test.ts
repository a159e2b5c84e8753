import { renderReport } from '../../reporters/index.js';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { html, type PageRow } from '../../reporters/html.js';
import { breakable } from '../../reporters/html/markup.js';
import { keyWords, matchWords, reasonWords } from '../../reporters/html/reason.js';
import type { Match, Result } from '../../src/model/result.js';
import { EXCEPTED_REPORT, FRAMEWORK_REPORT, PLANNED_REPORT, REMEDIATED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';

describe('html reporter', () => {
  it('is one self-contained page naming every control', async () => {
    const page = await renderReport(html, SCAN_REPORT);
    for (const c of SCAN_REPORT.controls) expect(page).toContain(`id="control-${c.id}"`);
    expect(page).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
    expect(page).toContain('id="filter-text"');
    expect(page).toContain('No resources of this type were found (not applicable).');
    expect(page).toContain('§5.2');
  });

  it('shows each framework of the summary with every requirement, its status, controls and attestation', async () => {
    const page = await renderReport(html, FRAMEWORK_REPORT);
    const part = page.slice(page.indexOf('<h2 id="frameworks">'), page.indexOf('<div class="controls-filter"'));
    expect(part).toContain('<h3>CIS Amazon Web Services Foundations Benchmark 7.0.0 <span class="muted">cis-aws-7.0</span></h3>');
    expect(part).toContain('pass rate <b>0%</b> · automated coverage 100% (3 of 3 automated requirements have a control) · 4 requirements, 0 manual with evidence controls, 1 by attestation only');
    expect(part.match(/<span class="badge req-[a-z-]+">[a-z-]+<\/span><b>\d+<\/b>/g)).toEqual([
      '<span class="badge req-fail">fail</span><b>1</b>',
      '<span class="badge req-error">error</span><b>1</b>',
      '<span class="badge req-not-evaluated">not-evaluated</span><b>1</b>',
      '<span class="badge req-manual-attested">manual-attested</span><b>1</b>',
    ]);
    expect(part).toContain('<summary>4 requirements (3 need attention)</summary>');
    // Not data-status: that marks the controls table's rows, which the page's filters work on.
    expect(part.match(/<tr data-[a-z-]+="[a-z-]+">/g)).toEqual(['<tr data-requirement-status="manual-attested">', '<tr data-requirement-status="not-evaluated">', '<tr data-requirement-status="error">', '<tr data-requirement-status="fail">']);
    expect(part).toContain('<td data-label="Controls"><a class="cid" href="#control-AWS-EC2-001">AWS-EC2-001</a> FAIL <span class="muted">(1 FAIL, 1 PASS)</span></td>');
    expect(part).toContain('<span class="cid">AWS-IAM-009</span> <span class="muted">not run</span>');
    expect(part).toContain('attested compliant by sec@example.com on 2026-10-01, holds until 2027-10-01; evidence: TICKET-&lt;7&gt; (attestations.yaml:3)');
    expect(await renderReport(html, SCAN_REPORT)).not.toContain('id="frameworks"');
  });

  it('escapes every value from the cloud', async () => {
    const page = await renderReport(html, SCAN_REPORT);
    expect(page).not.toContain('<img src=x onerror=alert(1)>');
    expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });

  it('shows a control\'s first 10 findings in the page, the rest on demand, and PASS results as a count', async () => {
    const [fail, pass] = [SCAN_REPORT.results[0]!, SCAN_REPORT.results[1]!];
    const results = [...Array.from({ length: 13 }, (_, i) => ({ ...fail, resourceId: `sg-f${i}` })), ...Array.from({ length: 7 }, (_, i) => ({ ...pass, resourceId: `sg-p${i}` }))];
    const page = await renderReport(html, { ...SCAN_REPORT, results, controls: [{ ...SCAN_REPORT.controls[0]!, counts: { FAIL: 13, ERROR: 0, EXCEPTED: 0, PASS: 7 } }] });
    const section = page.slice(page.indexOf('id="control-AWS-EC2-001"'), page.indexOf('</section>'));
    expect(section.match(/<tr data-status="FAIL" data-text="[^"]*"><td data-label="Status"><span class="badge fail">/g)).toHaveLength(10);
    expect(section).not.toContain('sg-p');
    expect(section).toContain('<p class="muted">7 resource(s) pass (listed in the CSV and JSON reports).</p>');
    expect(section).toContain('<button class="more-rows" type="button" data-control="AWS-EC2-001">Show all 13 results</button>');
    // The 13 findings travel as gzip blocks of JSON lines, PASS results not among them.
    const blocks = JSON.parse(/<script type="application\/json" id="ctrlflow-rows">(.*?)<\/script>/s.exec(page)![1]!) as string[];
    const lines = blocks.flatMap((b) => gunzipSync(Buffer.from(b, 'base64')).toString('utf8').split('\n').filter(Boolean));
    expect(lines.map((l) => (JSON.parse(l) as { resourceId: string }).resourceId)).toEqual(results.slice(0, 13).map((r) => r.resourceId));
  });

  it('shows exceptions with reason and expiry, the baseline delta, and the control set commit', async () => {
    const page = await renderReport(html, { ...EXCEPTED_REPORT, controlsCommit: '0123456789abcdef0123456789abcdef01234567' });
    expect(page).toContain('<dt>Control set</dt><dd>git 0123456789abcdef0123456789abcdef01234567</dd>');
    expect(page).toContain(
      '<tr data-state="expired"><td data-label="State"><span class="badge exc-expired">expired</span></td><td data-label="Control">AWS-RDS-*</td><td data-label="Resource" class="rid">*</td><td data-label="Excepted">0</td><td data-label="Reason">Migration</td><td data-label="Owner">db-team</td><td data-label="Expires">2026-01-01</td>',
    );
    expect(page).toContain('<span class="label">Excepted</span> until 2027-01-31 by sec@example.com: Bastion, &lt;b&gt;reviewed&lt;/b&gt;');
    expect(page).toContain('<span class="badge delta-new">new</span>');
    expect(page).toContain('<div class="card"><span class="badge pass">resolved</span><b>1</b></div>');
    expect(page).toContain('<div class="card"><span class="badge delta-excepted">excepted</span><b>1</b></div>');
    expect(page).toContain('<span class="badge excepted">EXCEPTED</span> <span class="badge delta-excepted">excepted</span>');
    expect(page).toContain('<option>CIS-AWS-3.0</option>');
    expect(await renderReport(html, SCAN_REPORT)).toContain('<dd>commit unknown</dd>');
  });

  it('draws failures by severity as inline SVG bars scaled to the largest', async () => {
    const page = await renderReport(html, EXCEPTED_REPORT);
    expect(page).toContain('<title>high: 1 FAIL</title>');
    expect(page).toMatch(/<rect x="70" y="2" width="300" height="14" fill="#c0392b"><title>high: 1 FAIL<\/title>/);
    expect(page).toMatch(/<rect x="70" y="2" width="0" height="14" fill="#7b241c"><title>critical: 0 FAIL<\/title>/);
  });

  it('shows the plan under its resource, with each call\'s params, and counts it at the top', async () => {
    const page = await renderReport(html, PLANNED_REPORT);
    expect(page).toContain(
      '<h2 id="remediation">Remediation</h2>\n<p><b>1</b> planned action(s) on 1 FAIL result(s): run with <code>--remediate</code> to apply. Each is shown under its resource below.</p>',
    );
    expect(page).toContain(
      '<div class="action"><span class="label">Action</span> <span class="badge act-planned">planned</span> Remove the SSH rule <span class="muted">(node closeSsh)</span>\n' +
        '<details><summary>EC2 RevokeSecurityGroupIngress</summary><div>EC2 RevokeSecurityGroupIngress <span class="muted">via aws, step main</span><pre>{\n &quot;GroupId&quot;: &quot;sg-0a1&quot;,',
    );
    expect(await renderReport(html, SCAN_REPORT)).not.toContain('id="remediation"');
  });

  it('after --remediate: the summary with the audit log, and each action\'s status, error and outcome', async () => {
    const page = await renderReport(html, REMEDIATED_REPORT);
    expect(page).toContain('<div class="card"><span class="badge act-applied">applied</span><b>1</b></div>');
    expect(page).toContain('<div class="card"><span class="badge act-failed">failed</span><b>1</b></div>');
    expect(page).toContain('<div class="card"><span class="badge outcome-fixed">fixed</span><b>1</b></div>');
    expect(page).toContain('<div class="card"><span class="badge outcome-still-failing">still failing</span><b>0</b></div>');
    expect(page).toContain('Every call is recorded in the audit log <code>reports/ctrlflow-audit.jsonl</code>.');
    expect(page).not.toContain('planned action(s)');
    expect(page).toContain('<span class="badge act-applied">applied</span> <span class="badge outcome-fixed">fixed</span> Remove the SSH rule');
    expect(page).toContain('<span class="badge act-failed">failed</span> Remove the SSH rule <span class="muted">(node closeSsh)</span><div>AccessDenied: not authorized to perform ec2:RevokeSecurityGroupIngress</div>');
    expect(page).toContain('<span class="badge act-awaiting-approval">awaiting approval</span> Remove the SSH rule');
  });

  it('escapes action names, params and errors', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const fail = PLANNED_REPORT.results[0]!;
    const action = fail.actions![0]!;
    const probed = { ...fail, displayName: 'x', actions: [{ ...action, name: xss, error: { code: xss, message: xss }, calls: [{ ...action.calls[0]!, method: xss, params: { Description: xss } }] }] };
    const page = await renderReport(html, { ...PLANNED_REPORT, results: [probed] });
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; <span class="muted">(node closeSsh)</span>');
    expect(page).toContain('&quot;Description&quot;: &quot;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;&quot;');
  });

  it('shows each finding\'s reason in words, with the raw condition in its evidence, and marks what the filter reads', async () => {
    const fail = SCAN_REPORT.results[0]!;
    const tls: Result = {
      ...fail,
      resourceId: '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/legacy',
      displayName: 'legacy',
      reason: '$.properties.minimumTlsVersion notIn ["TLS1_2","TLS1_3"] (seen: TLS1_0)',
      matches: [{ condition: 'c1', type: 'param', text: '$.properties.minimumTlsVersion notIn ["TLS1_2","TLS1_3"] (seen: TLS1_0)', key: '$.properties.minimumTlsVersion', operator: 'notIn', expected: ['TLS1_2', 'TLS1_3'], seen: 'TLS1_0' }],
      baseline: 'new',
    };
    const report = { ...EXCEPTED_REPORT, results: [tls, ...EXCEPTED_REPORT.results] };
    const page = await renderReport(html, report);
    const row = page.slice(page.indexOf('<tr data-status="FAIL" data-new="1"'), page.indexOf('</tr>', page.indexOf('<tr data-status="FAIL" data-new="1"')));
    expect(row).toContain('data-text="/subscriptions/0000/resourcegroups/rg/providers/microsoft.storage/storageaccounts/legacy legacy 111111111111 us-east-1 minimum tls version is tls1_0, allowed: tls1_2, tls1_3 $.properties.minimumtlsversion notin [&quot;tls1_2&quot;,&quot;tls1_3&quot;] (seen: tls1_0)"');
    expect(row).toContain('<td data-label="Reason">minimum TLS version is TLS1_0, allowed: TLS1_2, TLS1_3\n');
    expect(row).toContain('<details><summary>evidence</summary><div class="cond"><span class="label">Condition</span> <code>$.properties.minimumTlsVersion notIn [&quot;TLS1_2&quot;,&quot;TLS1_3&quot;] (seen: TLS1_0)</code></div><pre>');
    expect(row).toContain('<span class="muted rid">/<wbr>subscriptions/<wbr>0000/<wbr>resourceGroups/<wbr>rg/<wbr>providers/<wbr>Microsoft.<wbr>Storage/<wbr>storageAccounts/<wbr>legacy</span>');
    // The controls table: new findings per control, severity and status ranks for sorting, the new-only filter with a baseline.
    expect(page).toContain('data-frameworks="CIS-AWS-3.0" data-new="2" data-text="aws-ec2-001 security groups do not allow ssh from the internet cis-aws-3.0 5.2">');
    expect(page).toContain('<td data-label="Severity" class="sev-high" data-sort-value="1">high</td>');
    expect(page).toContain('<td data-label="Status" data-sort-value="4"><span class="badge no-resources">NO_RESOURCES</span></td>');
    expect(page).toContain('<label class="check"><input id="filter-new" type="checkbox"> New since the baseline (1)</label>');
    expect(page).toContain('<button id="show-new" type="button">Show the 1 new finding(s) only</button>');
    expect(page).toContain('<a class="cid" href="#control-AWS-EC2-001">AWS-EC2-001</a>');
    expect(await renderReport(html, SCAN_REPORT)).not.toContain('id="filter-new"');
    // Findings shown on demand carry the words too.
    const blocks = JSON.parse(/<script type="application\/json" id="ctrlflow-rows">(.*?)<\/script>/s.exec(page)![1]!) as string[];
    const lines = gunzipSync(Buffer.from(blocks[0]!, 'base64')).toString('utf8').split('\n');
    const first = JSON.parse(lines[0]!) as PageRow;
    // The raw reason is the match's text: the page joins the conditions again instead of carrying it twice.
    expect([first.words, first.reason, first.conditions]).toEqual(['minimum TLS version is TLS1_0, allowed: TLS1_2, TLS1_3', undefined, [tls.reason]]);
    // Only what the page shows and searches: the execution, time, cloud and the matches' structure are in the JSON report.
    expect(Object.keys(tls)).toEqual(expect.arrayContaining(['provider', 'executionId', 'time', 'matches']));
    expect(Object.keys(first)).toEqual(['controlId', 'status', 'account', 'region', 'resourceId', 'displayName', 'words', 'conditions', 'evidence', 'baseline']);
    // A reason that is not the matches' texts travels as it is.
    expect((JSON.parse(lines[1]!) as PageRow).reason).toBe(EXCEPTED_REPORT.results[0]!.reason);
  });

  it('breaks resource ids only after their separators, escaped', () => {
    expect(breakable('arn:aws:iam::111111111111:role/ops')).toBe('arn:<wbr>aws:<wbr>iam:<wbr>:<wbr>111111111111:<wbr>role/<wbr>ops');
    expect(breakable('a=<b>/')).toBe('a&#x3D;<wbr>&lt;b&gt;/');
  });
});

describe('reasons in words', () => {
  const param = (operator: string, expected: unknown, seen: unknown, key = '$.PubliclyAccessible'): Match => ({ condition: 'c1', type: 'param', text: 'raw', key, operator, ...(expected === undefined ? {} : { expected }), seen });
  it.each([
    [param('==', true, true), 'publicly accessible is true'],
    [param('!=', true, null, '$.StorageEncrypted'), 'storage encrypted is not set, expected true'],
    [param('notIn', ['TLS1_2', 'TLS1_3'], 'TLS1_0', '$.properties.minimumTlsVersion'), 'minimum TLS version is TLS1_0, allowed: TLS1_2, TLS1_3'],
    [param('in', ['0.0.0.0/0', '::/0'], '0.0.0.0/0', '$.IpPermissions[*].IpRanges[*].CidrIp'), 'CIDR IP is 0.0.0.0/0, one of 0.0.0.0/0, ::/0'],
    [param('<', 14, 8, '$.MinimumPasswordLength'), 'minimum password length is 8, less than 14'],
    [param('>=', 90, 120, '$.MaxPasswordAge'), 'max password age is 120, at least 90'],
    [param('notExists', undefined, null, '$.properties.encryption.status'), 'encryption status is not set'],
    [param('isEmpty', undefined, [], "$['Logging']['TargetBucket']"), 'target bucket is empty'],
    [param('contains', '*', ['s3:*'], '$.Statement[*].Action'), 'action contains *'],
    [param('==', false, false, '$.PolicyStatus.IsPublic'), 'public is false'],
    [param('==', true, true, '$.Ec2InstanceId'), 'EC2 instance ID is true'],
    [{ condition: 'c1', type: 'date', text: 'raw', key: '$.PasswordLastUsed', operator: 'olderThanDays', expected: 90, seen: '2025-01-01T00:00:00Z' }, 'password last used is 2025-01-01T00:00:00Z, more than 90 days ago'],
    [{ condition: 'c1', type: 'tags', text: 'raw', key: 'Owner', operator: 'notExists', seen: null }, 'tag Owner is missing'],
    [{ condition: 'c1', type: 'securityGroup', text: 'tcp 22 open to 0.0.0.0/0' }, 'tcp 22 open to 0.0.0.0/0'],
    [{ condition: 'c1', type: 'param', text: 'NOT $.StorageEncrypted == true' }, 'storage encrypted is not true'],
    [{ condition: 'c1', type: 'param', text: 'NOT $.password_enabled != false' }, 'password enabled is false'],
    [{ condition: 'c1', type: 'param', text: 'NOT $.MfaDevices exists' }, 'MFA devices is not set'],
    [{ condition: 'c1', type: 'param', text: 'NOT $.Port > 1024' }, 'NOT $.Port > 1024'],
  ] as [Match, string][])('%j reads "%s"', (match, words) => {
    expect(matchWords(match)).toBe(words);
  });

  it('joins a result\'s matches, and keeps the engine\'s reason for an ERROR or when nothing reads better', () => {
    const matches: Match[] = [param('==', true, true), { condition: 'c2', type: 'tags', text: 'raw', key: 'env', operator: 'equals', expected: 'prod', seen: 'prod' }];
    expect(reasonWords({ status: 'FAIL', reason: 'raw; raw', matches })).toBe('publicly accessible is true; tag env is prod');
    expect(reasonWords({ status: 'ERROR', reason: 'AccessDenied: no', matches: [] })).toBe('AccessDenied: no');
    expect(reasonWords({ status: 'FAIL', reason: '=X raw', matches: [{ condition: 'c1', type: 'function', text: 'raw' }] })).toBe('=X raw');
    expect(keyWords('$.a.b[0].SSEAlgorithm')).toBe('SSE algorithm');
    expect(keyWords('$')).toBe('$');
  });
});
