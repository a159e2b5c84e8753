import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { asffId, homeRegions, hubRegionOf, type AsffFinding } from '../../reporters/asff.js';
import { splitReport, type Result } from '../../src/model/result.js';
import { SecurityHubExport, type SecurityHubOptions } from '../../src/providers/aws/security-hub.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, readReport, tempDir } from '../helpers/cli.js';

const ACCOUNT = '111111111111';
const base = async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' });
const options = (extra: SecurityHubOptions = {}): SecurityHubOptions => ({ credentials: base, retryStrategy: new ConfiguredRetryStrategy(2, () => 1), now: () => new Date('2026-11-02T00:00:00.000Z'), ...extra });

function identity(account = ACCOUNT, region = 'us-east-1') {
  return nock(`https://sts.${region}.amazonaws.com`)
    .post('/', (body: string | Record<string, string>) => (typeof body === 'string' ? body : new URLSearchParams(body).toString()).includes('Action=GetCallerIdentity'))
    .reply(200, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${account}:user/ci</Arn><UserId>AIDTEST</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
}

type Imported = { region: string; findings: AsffFinding[] };
/** A Security Hub in each region: records each import, answers GetFindings with `earlier` (ACTIVE findings of an earlier run). */
function hub(region: string, imports: Imported[], answer: (findings: AsffFinding[]) => object = (f) => ({ FailedCount: 0, SuccessCount: f.length, FailedFindings: [] }), earlier: AsffFinding[] = []) {
  const scope = nock(`https://securityhub.${region}.amazonaws.com`);
  // nock hands a body matcher the parsed body (of any path: hence the checks); the reply follows its match (the exporter sends one call at a time).
  let last: AsffFinding[] = [];
  let product = '';
  scope
    .post('/findings/import', (body: { Findings?: AsffFinding[] }) => Array.isArray(body.Findings) && ((last = body.Findings), imports.push({ region, findings: last }), true))
    .times(100)
    .reply(200, () => answer(last));
  scope
    .post('/findings', (body: { Filters?: Record<string, { Value: string }[]> }) => body.Filters !== undefined && ((product = body.Filters.ProductArn![0]!.Value), true))
    .times(10)
    .reply(200, () => ({ Findings: earlier.filter((f) => f.ProductArn === product) }));
  return scope;
}

/** A scan of `results` on the fixture's controls, through the exporter as the pipeline would stream it. */
async function run(exporter: SecurityHubExport, results: Result[], targets = SCAN_REPORT.targets) {
  const { head, summary } = splitReport({ ...SCAN_REPORT, targets, results });
  exporter.begin(head);
  for (let i = 0; i < results.length; i += 37) await exporter.results(results.slice(i, i + 37));
  const own = { ...summary };
  await exporter.end(own);
  return own;
}

const sg = (i: number, region = 'us-east-1', status: Result['status'] = 'FAIL'): Result => ({ ...SCAN_REPORT.results[0]!, status, account: ACCOUNT, region, resourceId: `sg-${String(i).padStart(4, '0')}` });
const US_ONLY = [{ provider: 'aws' as const, account: ACCOUNT, region: 'us-east-1' }];

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('Security Hub import (real SDK client, HTTP mocked)', () => {
  it('imports in batches of at most 100 and counts every request under apiCalls', async () => {
    identity();
    const imports: Imported[] = [];
    hub('us-east-1', imports);
    const exporter = new SecurityHubExport(options());
    const summary = await run(exporter, Array.from({ length: 250 }, (_, i) => sg(i)), US_ONLY);
    expect(imports.map((b) => b.findings.length)).toEqual([100, 100, 50]);
    expect(new Set(imports.flatMap((b) => b.findings.map((f) => f.Id))).size).toBe(250);
    expect(imports[0]!.findings[0]).toMatchObject({ ProductArn: `arn:aws:securityhub:us-east-1:${ACCOUNT}:product/${ACCOUNT}/default`, AwsAccountId: ACCOUNT, Compliance: { Status: 'FAILED' }, RecordState: 'ACTIVE' });
    expect(exporter.outcome).toEqual({ imported: 250, archived: 0, failed: 0, failures: [] });
    expect(summary.apiCalls).toEqual({ 'STS.GetCallerIdentity': 1, 'SecurityHub.BatchImportFindings': 3, 'SecurityHub.GetFindings': 1 });
  });

  it('sends each finding to its own region\'s hub, or all to one aggregation region', async () => {
    identity();
    const imports: Imported[] = [];
    hub('us-east-1', imports);
    hub('eu-west-1', imports);
    const targets = [US_ONLY[0]!, { ...US_ONLY[0]!, region: 'eu-west-1' }];
    const results = [sg(1), sg(2, 'eu-west-1'), sg(3), sg(4, 'eu-west-1', 'PASS')];
    const exporter = new SecurityHubExport(options());
    await run(exporter, results, targets);
    expect(imports.map((b) => [b.region, b.findings.map((f) => f.Resources[0]!.Id)]).sort()).toEqual([
      ['eu-west-1', ['sg-0002', 'sg-0004']],
      ['us-east-1', ['sg-0001', 'sg-0003']],
    ]);
    expect(imports.find((b) => b.region === 'eu-west-1')!.findings.map((f) => [f.ProductArn, f.Compliance.Status])).toEqual([
      [`arn:aws:securityhub:eu-west-1:${ACCOUNT}:product/${ACCOUNT}/default`, 'FAILED'],
      [`arn:aws:securityhub:eu-west-1:${ACCOUNT}:product/${ACCOUNT}/default`, 'PASSED'],
    ]);

    nock.cleanAll();
    // STS is asked in the aggregation region too.
    identity(ACCOUNT, 'eu-central-1');
    const aggregated: Imported[] = [];
    hub('eu-central-1', aggregated);
    const one = new SecurityHubExport(options({ region: 'eu-central-1' }));
    await run(one, results, targets);
    expect(aggregated.map((b) => [b.region, b.findings.map((f) => [f.Resources[0]!.Region, f.ProductArn.split(':')[3]])])).toEqual([
      ['eu-central-1', [['us-east-1', 'eu-central-1'], ['eu-west-1', 'eu-central-1'], ['us-east-1', 'eu-central-1'], ['eu-west-1', 'eu-central-1']]],
    ]);
    expect(one.outcome.imported).toBe(4);
  });

  it('reports and counts the findings Security Hub refused, and an account it has no credentials for', async () => {
    identity();
    const imports: Imported[] = [];
    hub('us-east-1', imports, (f) => ({ FailedCount: 1, SuccessCount: f.length - 1, FailedFindings: [{ Id: f[1]!.Id, ErrorCode: 'InvalidInput', ErrorMessage: 'Finding does not adhere to ASFF' }] }));
    const exporter = new SecurityHubExport(options());
    const other = { ...sg(9), account: '222222222222' };
    await run(exporter, [sg(1), sg(2), sg(3), other], [...US_ONLY, { ...US_ONLY[0]!, account: '222222222222' }]);
    expect(exporter.outcome).toEqual({
      imported: 2,
      archived: 0,
      failed: 3,
      failures: [
        { id: asffId(sg(2)), account: ACCOUNT, region: 'us-east-1', code: 'InvalidInput', message: 'Finding does not adhere to ASFF' },
        { id: asffId(other), account: '222222222222', region: 'us-east-1', code: 'NoCredentials', message: 'no credentials for account 222222222222 (give its --aws-profile or --aws-role-arn)' },
        { id: '(credentials)', account: '222222222222', region: 'us-east-1', code: 'NoCredentials', message: 'no credentials for account 222222222222 (give its --aws-profile or --aws-role-arn)' },
      ],
    });
  });

  it('on a second run updates what changed and archives what this run no longer produced, leaving other scopes alone', async () => {
    // First run: sg-0001 and sg-0002 fail.
    identity();
    const first: Imported[] = [];
    hub('us-east-1', first);
    await run(new SecurityHubExport(options()), [sg(1), sg(2)], US_ONLY);
    const [one, two] = first[0]!.findings;

    // Second run: sg-0001 passes, sg-0002 is gone; the hub also holds a finding of a control this run did not evaluate.
    nock.cleanAll();
    identity();
    const second: Imported[] = [];
    const foreign = { ...two!, Id: 'ctrlflow/AWS-OTHER-001/x', GeneratorId: 'ctrlflow/AWS-OTHER-001', ProductFields: { ...two!.ProductFields, 'ctrlflow/ControlId': 'AWS-OTHER-001' } };
    const asReturned = (f: AsffFinding) => ({ ...f, ProductFields: { ...f.ProductFields, 'aws/securityhub/FindingId': `arn:aws:securityhub:us-east-1:${ACCOUNT}:finding/x`, 'aws/securityhub/ProductName': 'Default' }, Severity: { ...f.Severity, Normalized: 70 }, Workflow: { Status: 'NOTIFIED' as const } });
    hub('us-east-1', second, undefined, [one!, two!, foreign].map(asReturned));
    const exporter = new SecurityHubExport(options());
    await run(exporter, [{ ...sg(1), status: 'PASS', time: '2026-11-02T00:00:00.000Z' }], US_ONLY);
    const [updated, archive] = second;
    expect(updated!.findings.map((f) => [f.Id, f.Compliance.Status, f.RecordState, f.UpdatedAt])).toEqual([[one!.Id, 'PASSED', 'ACTIVE', '2026-11-02T00:00:00.000Z']]);
    expect(archive!.findings).toEqual([
      {
        SchemaVersion: '2018-10-08',
        Id: two!.Id,
        ProductArn: two!.ProductArn,
        GeneratorId: 'ctrlflow/AWS-EC2-001',
        AwsAccountId: ACCOUNT,
        Types: two!.Types,
        CreatedAt: two!.CreatedAt,
        UpdatedAt: '2026-11-02T00:00:00.000Z',
        Severity: { Label: 'HIGH' },
        Title: two!.Title,
        Description: two!.Description,
        Resources: two!.Resources,
        Compliance: two!.Compliance,
        RecordState: 'ARCHIVED',
        ProductFields: { ...two!.ProductFields, 'ctrlflow/ArchivedAt': '2026-11-02T00:00:00.000Z' },
      },
    ]);
    expect(second).toHaveLength(2);
    expect(exporter.outcome).toEqual({ imported: 1, archived: 1, failed: 0, failures: [] });
  });

  it('ctrlflow scan --security-hub: the demo\'s AWS findings imported, the account without credentials named, exit 3, the calls in apiCalls and the manifest', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_REGION: 'us-east-1' });
    delete process.env.AWS_PROFILE;
    delete process.env.AWS_ENDPOINT_URL;
    try {
      identity();
      const imports: Imported[] = [];
      hub('us-east-1', imports);
      hub('eu-west-1', imports);
      const out = tempDir();
      const { code, stdout, stderr } = await cli('scan', '--inventory', 'examples/demo-inventory', '--only', 'AWS-*', '--fail-on', 'none', '--format', 'json', '--security-hub', '--out', out);
      const report = readReport(out);
      const mine = report.results.filter((r) => r.account === ACCOUNT);
      const theirs = report.results.filter((r) => r.account === '222222222222');
      // Each finding in its own region's hub; an account-wide (`global`) one in the account's first scanned region's.
      const homes = homeRegions(report);
      expect(homes.get(ACCOUNT)).toBe('eu-west-1');
      const perRegion = new Map<string, number>();
      for (const r of mine) perRegion.set(hubRegionOf(r, homes), (perRegion.get(hubRegionOf(r, homes)) ?? 0) + 1);
      expect([...perRegion.keys()].sort()).toEqual(['eu-west-1', 'us-east-1']);
      // 100 findings a call at most, in as few calls as that allows.
      const calls = [...perRegion.values()].reduce((n, count) => n + Math.ceil(count / 100), 0);
      expect(imports).toHaveLength(calls);
      expect(imports.every((b) => b.findings.length <= 100)).toBe(true);
      expect([...new Set(imports.map((b) => b.region))].sort()).toEqual(['eu-west-1', 'us-east-1']);
      expect(imports.flatMap((b) => b.findings.map((f) => `${b.region} ${f.Resources[0]!.Id}`)).sort()).toEqual(mine.map((r) => `${hubRegionOf(r, homes)} ${r.resourceId}`).sort());
      expect(stdout).toContain(`Security Hub: ${mine.length} finding(s) imported, 0 archived, ${theirs.length + 2} failed`);
      expect(stderr).toContain('error security-hub: 222222222222/eu-west-1 ctrlflow/AWS-');
      expect(stderr).toContain('NoCredentials: no credentials for account 222222222222');
      expect(code).toBe(3);
      expect(report.apiCalls).toEqual({ 'STS.GetCallerIdentity': 1, 'SecurityHub.BatchImportFindings': calls, 'SecurityHub.GetFindings': 2 });
      const manifest = JSON.parse(readFileSync(join(out, 'ctrlflow-manifest.json'), 'utf8')) as { securityHub: object };
      expect(manifest.securityHub).toEqual({ imported: mine.length, failed: theirs.length + 2, archived: 0 });
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});
