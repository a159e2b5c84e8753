import { readdirSync } from 'node:fs';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/model/result.js';
import { cli, readReport, tempDir } from '../helpers/cli.js';
import { form, JSON_11, queryError, queryReply, REPORT_HEADER, REST_JSON } from '../helpers/aws-wire.js';

/**
 * The bundled controls of CIS AWS section 2 (IAM, account, organization, Access Analyzer) scanned
 * live (CLI, real SDK clients, HTTP mocked) in one account that is also its organization's
 * management account, then recorded as a snapshot and replayed. The wire shapes are the
 * services' own: IAM and STS query XML (policy documents URL-encoded, the credential report
 * base64), Account and Access Analyzer REST-JSON, Organizations JSON 1.1, EC2 XML.
 */
const ACCOUNT = '111111111111';
const ORG = 'o-exampleorg1';
const ONLY = ['--only', 'AWS-IAM-*', 'AWS-AA-*', 'AWS-ACCT-*', 'AWS-ORG-*'];
const LIVE = ['--cloud', 'aws', '--region', 'us-east-1', ...ONLY];
const line = (r: Result) => `${r.controlId} ${r.region} ${r.resourceId ?? '-'} ${r.status}${r.errorCode ? ` ${r.errorCode}` : ''}`;
const comparable = (r: Result) => ({ ...r, executionId: '', time: '' });

const enc = (doc: object) => encodeURIComponent(JSON.stringify(doc));
const ADMIN = enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
const NARROW = enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'support:*', Resource: '*' }] });
const OPEN_TRUST = enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] });
const OWN_TRUST = enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] });
const NONE = 'false,N/A,N/A,N/A,N/A';
const CSV = [
  REPORT_HEADER,
  `<root_account>,arn:aws:iam::${ACCOUNT}:root,2019-01-01T00:00:00+00:00,not_supported,2020-02-01T00:00:00+00:00,not_supported,not_supported,true,${NONE},${NONE},false,N/A,false,N/A`,
  `ops,arn:aws:iam::${ACCOUNT}:user/ops,2019-01-01T00:00:00+00:00,true,2020-03-01T00:00:00+00:00,2019-01-01T00:00:00+00:00,N/A,false,true,2019-06-01T00:00:00+00:00,2020-03-02T00:00:00+00:00,us-east-1,ec2,${NONE},false,N/A,false,N/A`,
  `idle,arn:aws:iam::${ACCOUNT}:user/idle,2019-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,${NONE},${NONE},false,N/A,false,N/A`,
].join('\n');

type Reply = [number, string | object, Record<string, string>?];
const member = (fields: Record<string, string>) => `<member>${Object.entries(fields).map(([k, v]) => `<${k}>${v}</${k}>`).join('')}</member>`;
const policy = (name: string, arn: string) => member({ PolicyName: name, PolicyId: `ANPA${name.toUpperCase()}`, Arn: arn, Path: '/', DefaultVersionId: 'v1', AttachmentCount: '1', IsAttachable: 'true' });

function iam(f: Record<string, string>): Reply {
  const ok = (inner: string): Reply => [200, queryReply('iam', f.Action!, inner)];
  switch (f.Action) {
    case 'GenerateCredentialReport': return ok('<State>COMPLETE</State>');
    case 'GetCredentialReport': return ok(`<Content>${Buffer.from(CSV).toString('base64')}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-11-01T00:00:00Z</GeneratedTime>`);
    case 'GetAccountPasswordPolicy': return [404, queryError('NoSuchEntity', `The Password Policy with domain name ${ACCOUNT} cannot be found.`)];
    case 'GetAccountAuthorizationDetails':
      return ok(`<UserDetailList><member><UserName>ops</UserName><UserId>AIDAOPS</UserId><Arn>arn:aws:iam::${ACCOUNT}:user/ops</Arn><Path>/</Path><GroupList/><AttachedManagedPolicies>${member({ PolicyName: 'admin', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/admin` })}</AttachedManagedPolicies><UserPolicyList/></member>` +
        `<member><UserName>idle</UserName><UserId>AIDAIDLE</UserId><Arn>arn:aws:iam::${ACCOUNT}:user/idle</Arn><Path>/</Path><GroupList><member>readers</member></GroupList><AttachedManagedPolicies/><UserPolicyList/></member></UserDetailList><GroupDetailList/><RoleDetailList/><Policies/><IsTruncated>false</IsTruncated>`);
    case 'ListPolicies': return ok(`<Policies>${policy('admin', `arn:aws:iam::${ACCOUNT}:policy/admin`)}${policy('AWSSupportAccess', 'arn:aws:iam::aws:policy/AWSSupportAccess')}</Policies><IsTruncated>false</IsTruncated>`);
    case 'GetPolicyVersion': return ok(`<PolicyVersion><Document>${f.PolicyArn!.endsWith('/admin') ? ADMIN : NARROW}</Document><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion></PolicyVersion>`);
    case 'ListEntitiesForPolicy': {
      const roles = f.PolicyArn!.endsWith('/AWSSupportAccess') ? member({ RoleName: 'support', RoleId: 'AROASUPPORT' }) : '';
      return ok(`<PolicyGroups/><PolicyUsers/><PolicyRoles>${roles}</PolicyRoles><IsTruncated>false</IsTruncated>`);
    }
    case 'ListServerCertificates': return ok(`<ServerCertificateMetadataList>${member({ Path: '/', ServerCertificateName: 'old', ServerCertificateId: 'ASCAOLD', Arn: `arn:aws:iam::${ACCOUNT}:server-certificate/old`, UploadDate: '2019-01-01T00:00:00Z', Expiration: '2020-01-01T00:00:00Z' })}</ServerCertificateMetadataList><IsTruncated>false</IsTruncated>`);
    case 'ListVirtualMFADevices': return ok(`<VirtualMFADevices><member><SerialNumber>arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device</SerialNumber><User><UserName></UserName><UserId>${ACCOUNT}</UserId><Arn>arn:aws:iam::${ACCOUNT}:root</Arn><Path>/</Path><CreateDate>2019-01-01T00:00:00Z</CreateDate></User></member></VirtualMFADevices><IsTruncated>false</IsTruncated>`);
    case 'ListSAMLProviders': return ok('<SAMLProviderList/>');
    case 'ListRoles': return ok(`<Roles>${member({ RoleName: 'open', RoleId: 'AROAOPEN', Arn: `arn:aws:iam::${ACCOUNT}:role/open`, Path: '/', CreateDate: '2020-01-01T00:00:00Z', AssumeRolePolicyDocument: OPEN_TRUST })}${member({ RoleName: 'support', RoleId: 'AROASUPPORT', Arn: `arn:aws:iam::${ACCOUNT}:role/support`, Path: '/', CreateDate: '2020-01-01T00:00:00Z', AssumeRolePolicyDocument: OWN_TRUST })}</Roles><IsTruncated>false</IsTruncated>`);
    case 'ListOrganizationsFeatures': return ok(`<OrganizationId>${ORG}</OrganizationId><EnabledFeatures><member>RootCredentialsManagement</member></EnabledFeatures>`);
    default: return [400, queryError('InvalidAction', `the mock does not know ${f.Action}`)];
  }
}

function account(path: string, body: { AlternateContactType?: string }): Reply {
  if (path === '/getContactInformation') return [200, { ContactInformation: { FullName: 'Example', AddressLine1: '1 Main St', City: 'Springfield', PostalCode: '12345', CountryCode: 'US', PhoneNumber: '+1-555-0100' } }, REST_JSON];
  if (body.AlternateContactType === 'SECURITY') return [404, { message: 'No contact of the inputted alternate contact type found.' }, { ...REST_JSON, 'x-amzn-errortype': 'ResourceNotFoundException' }];
  return [200, { AlternateContact: { AlternateContactType: body.AlternateContactType, Name: 'Team', Title: 'On call', EmailAddress: 'team@example.com', PhoneNumber: '+1-555-0100' } }, REST_JSON];
}

function organizations(operation: string): Reply {
  const arn = `arn:aws:organizations::${ACCOUNT}:organization/${ORG}`;
  switch (operation) {
    case 'DescribeOrganization': return [200, { Organization: { Id: ORG, Arn: arn, FeatureSet: 'ALL', MasterAccountId: ACCOUNT, MasterAccountArn: `arn:aws:organizations::${ACCOUNT}:account/${ORG}/${ACCOUNT}` } }, JSON_11];
    case 'ListRoots': return [200, { Roots: [{ Id: 'r-ab12', Name: 'Root', PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] }] }, JSON_11];
    case 'ListPolicies': return [200, { Policies: [{ Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: true }] }, JSON_11];
    case 'DescribeResourcePolicy': return [400, { __type: 'ResourcePolicyNotFoundException', message: 'no resource policy' }, JSON_11];
    case 'ListDelegatedAdministrators': return [200, { DelegatedAdministrators: [{ Id: '333333333333', Name: 'security', Status: 'ACTIVE' }] }, JSON_11];
    default: return [400, { __type: 'InvalidInputException', message: `the mock does not know ${operation}` }, JSON_11];
  }
}

const EC2 = `<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><reservationSet><item><reservationId>r-1</reservationId><ownerId>${ACCOUNT}</ownerId><instancesSet>` +
  `<item><instanceId>i-role</instanceId><instanceState><code>16</code><name>running</name></instanceState><iamInstanceProfile><arn>arn:aws:iam::${ACCOUNT}:instance-profile/app</arn><id>AIPAAPP</id></iamInstanceProfile></item>` +
  `<item><instanceId>i-bare</instanceId><instanceState><code>16</code><name>running</name></instanceState></item>` +
  `</instancesSet></item></reservationSet></DescribeInstancesResponse>`;

/** Mocks the account (persistently) and counts requests by `Service.Operation`. */
function mockAccount(): Record<string, number> {
  const seen: Record<string, number> = {};
  const count = (name: string) => (seen[name] = (seen[name] ?? 0) + 1);
  const handle = (service: string) => async (request: unknown): Promise<Reply> => {
    const r = request as Request;
    const url = new URL(r.url);
    const text = await r.text();
    if (service === 'sts') return count('STS.GetCallerIdentity'), [200, queryReply('sts', 'GetCallerIdentity', `<Arn>arn:aws:iam::${ACCOUNT}:user/ci</Arn><UserId>AIDACI</UserId><Account>${ACCOUNT}</Account>`)];
    if (service === 'iam') return count(`IAM.${form(text).Action}`), iam(form(text));
    if (service === 'ec2') return count(`EC2.${form(text).Action}`), [200, EC2];
    if (service === 'account') return count(`Account.${url.pathname.slice(1)}`), account(url.pathname, JSON.parse(text || '{}') as { AlternateContactType?: string });
    if (service === 'access-analyzer') return count('AccessAnalyzer.ListAnalyzers'), [200, { analyzers: [{ arn: `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/unused`, name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE', createdAt: '2023-01-01T00:00:00Z' }] }, REST_JSON];
    const operation = (r.headers.get('x-amz-target') ?? '').split('.')[1] ?? '';
    return count(`Organizations.${operation}`), organizations(operation);
  };
  nock(/sts\.us-east-1\.amazonaws\.com/).persist().post('/').reply(handle('sts'));
  nock(/iam\.amazonaws\.com/).persist().post('/').reply(handle('iam'));
  nock(/ec2\.us-east-1\.amazonaws\.com/).persist().post('/').reply(handle('ec2'));
  nock(/account\.[a-z0-9.-]*amazonaws\.com/).persist().post(/.*/).reply(handle('account'));
  nock(/access-analyzer\.us-east-1\.amazonaws\.com/).persist().get(/.*/).reply(handle('access-analyzer'));
  nock(/organizations\.[a-z0-9.-]*amazonaws\.com/).persist().post('/').reply(handle('organizations'));
  return seen;
}

const saved = { ...process.env };
let seen: Record<string, number>;
beforeAll(() => {
  nock.disableNetConnect();
  seen = mockAccount();
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDBASE', AWS_SECRET_ACCESS_KEY: 'base-secret', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent' });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_REGION;
});
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  process.env = saved;
});

describe('CIS AWS section 2 controls, live (one account, HTTP mocked)', () => {
  it('judges every control from the services\' own wire answers, each call made once, and a snapshot of it scans the same', async () => {
    const liveOut = tempDir();
    const live = await cli('scan', ...LIVE, '--format', 'json', '--out', liveOut, '--fail-on', 'none');
    expect(live.stderr).not.toMatch(/error/i);
    const report = readReport(liveOut);
    const root = `arn:aws:iam::${ACCOUNT}:root`;
    const org = `arn:aws:organizations::${ACCOUNT}:organization/${ORG}`;
    expect(report.results.map(line).sort()).toEqual(
      [
        `AWS-AA-001 us-east-1 arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer FAIL`,
        `AWS-ACCT-001 global ${root} FAIL`,
        `AWS-ACCT-002 global ${root} PASS`,
        `AWS-IAM-001 global ${root} PASS`,
        `AWS-IAM-002 global ${root} PASS`,
        `AWS-IAM-003 global ${root} FAIL`,
        `AWS-IAM-004 global ${root} PASS`,
        `AWS-IAM-005 global ${root} FAIL`,
        `AWS-IAM-006 global ${root} FAIL`,
        `AWS-IAM-007 global arn:aws:iam::${ACCOUNT}:user/idle PASS`,
        `AWS-IAM-007 global arn:aws:iam::${ACCOUNT}:user/ops FAIL`,
        `AWS-IAM-008 global arn:aws:iam::${ACCOUNT}:user/idle PASS`,
        `AWS-IAM-008 global arn:aws:iam::${ACCOUNT}:user/ops FAIL`,
        `AWS-IAM-009 global arn:aws:iam::${ACCOUNT}:user/idle PASS`,
        `AWS-IAM-009 global arn:aws:iam::${ACCOUNT}:user/ops FAIL`,
        `AWS-IAM-010 global arn:aws:iam::${ACCOUNT}:user/idle PASS`,
        `AWS-IAM-010 global arn:aws:iam::${ACCOUNT}:user/ops FAIL`,
        `AWS-IAM-011 global arn:aws:iam::${ACCOUNT}:policy/admin FAIL`,
        `AWS-IAM-011 global arn:aws:iam::aws:policy/AWSSupportAccess PASS`,
        `AWS-IAM-012 global ${root} PASS`,
        `AWS-IAM-013 us-east-1 i-bare FAIL`,
        `AWS-IAM-013 us-east-1 i-role PASS`,
        `AWS-IAM-014 global arn:aws:iam::${ACCOUNT}:server-certificate/old FAIL`,
        `AWS-IAM-015 global ${root} FAIL`,
        `AWS-IAM-016 global ${root} PASS`,
        `AWS-IAM-017 global arn:aws:iam::${ACCOUNT}:role/open FAIL`,
        `AWS-IAM-017 global arn:aws:iam::${ACCOUNT}:role/support PASS`,
        `AWS-ORG-001 global ${org} PASS`,
        `AWS-ORG-002 global ${org} FAIL`,
        `AWS-ORG-003 global ${org} FAIL`,
        `AWS-ORG-004 global ${org} PASS`,
      ].sort(),
    );
    expect(live.code).toBe(0);
    // Each distinct call once: the credential report feeds seven flows, DescribeOrganization four; two
    // ListEntitiesForPolicy and three GetAlternateContact calls differ by their params. STS is asked
    // once: the answer that named the account also answers the organization flows.
    expect(seen).toEqual({
      'AccessAnalyzer.ListAnalyzers': 1,
      'Account.getAlternateContact': 3,
      'Account.getContactInformation': 1,
      'EC2.DescribeInstances': 1,
      'IAM.GenerateCredentialReport': 1,
      'IAM.GetAccountAuthorizationDetails': 1,
      'IAM.GetAccountPasswordPolicy': 1,
      'IAM.GetCredentialReport': 1,
      'IAM.GetPolicyVersion': 2,
      'IAM.ListEntitiesForPolicy': 2,
      'IAM.ListOrganizationsFeatures': 1,
      'IAM.ListPolicies': 1,
      'IAM.ListRoles': 1,
      'IAM.ListSAMLProviders': 1,
      'IAM.ListServerCertificates': 1,
      'IAM.ListVirtualMFADevices': 1,
      'Organizations.DescribeOrganization': 1,
      'Organizations.DescribeResourcePolicy': 1,
      'Organizations.ListDelegatedAdministrators': 1,
      'Organizations.ListPolicies': 1,
      'Organizations.ListRoots': 1,
      'STS.GetCallerIdentity': 1,
    });

    const snapshot = tempDir();
    const recorded = await cli('snapshot', ...LIVE, '--out', snapshot);
    expect(recorded.code).toBe(0);
    expect(readdirSync(`${snapshot}/aws/${ACCOUNT}/global`).sort()).toEqual([
      'Account.GetAlternateContact[AlternateContactType=BILLING].json',
      'Account.GetAlternateContact[AlternateContactType=OPERATIONS].json',
      'Account.GetAlternateContact[AlternateContactType=SECURITY].error.json',
      'Account.GetContactInformation.json',
      'IAM.GetAccountAuthorizationDetails[Filter=User].json',
      'IAM.GetAccountPasswordPolicy.error.json',
      'IAM.GetCredentialReport.json',
      `IAM.GetPolicyVersion[PolicyArn=arn:aws:iam::${ACCOUNT}:policy%2Fadmin,VersionId=v1].json`,
      'IAM.GetPolicyVersion[PolicyArn=arn:aws:iam::aws:policy%2FAWSSupportAccess,VersionId=v1].json',
      'IAM.ListEntitiesForPolicy[EntityFilter=Role,PolicyArn=arn:aws:iam::aws:policy%2FAWSSupportAccess].json',
      'IAM.ListEntitiesForPolicy[PolicyArn=arn:aws:iam::aws:policy%2FAWSCloudShellFullAccess].json',
      'IAM.ListOrganizationsFeatures.json',
      'IAM.ListPolicies[OnlyAttached=true].json',
      'IAM.ListRoles.json',
      'IAM.ListSAMLProviders.json',
      'IAM.ListServerCertificates.json',
      'IAM.ListVirtualMFADevices[AssignmentStatus=Assigned].json',
      'Organizations.DescribeOrganization.json',
      'Organizations.DescribeResourcePolicy.error.json',
      'Organizations.ListDelegatedAdministrators.json',
      'Organizations.ListPolicies[Filter=SERVICE_CONTROL_POLICY].json',
      'Organizations.ListRoots.json',
      'STS.GetCallerIdentity.json',
    ]);
    const replayOut = tempDir();
    const replay = await cli('scan', '--cloud', 'aws', ...ONLY, '--inventory', snapshot, '--format', 'json', '--out', replayOut, '--fail-on', 'none');
    expect(replay.code).toBe(0);
    expect(readReport(replayOut).results.map(comparable)).toEqual(report.results.map(comparable));
  });
});
