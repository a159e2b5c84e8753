import nock from 'nock';

/**
 * Small builders of AWS wire answers for nock, one per protocol, so a test states its data and
 * not the envelope: query (IAM, STS), REST-XML (S3, S3 Control), JSON 1.1 (CloudTrail, KMS)
 * and REST-JSON (EFS, Access Analyzer) are what the SDK clients parse.
 */
export type Form = Record<string, string>;
/** The query-protocol form a request sent (nock hands it over parsed or as text). */
export const form = (body: unknown): Form => (typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Form));

/** A query-protocol answer: `<Action>Response><Action>Result>inner</…>`. */
export function queryReply(service: 'iam' | 'sts', action: string, inner: string): string {
  const ns = service === 'iam' ? 'https://iam.amazonaws.com/doc/2010-05-08/' : 'https://sts.amazonaws.com/doc/2011-06-15/';
  return `<${action}Response xmlns="${ns}"><${action}Result>${inner}</${action}Result><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></${action}Response>`;
}

export function queryError(code: string, message: string): string {
  return `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`;
}

export const s3Xml = (root: string, inner: string) => `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${inner}</${root}>`;
export const s3Error = (code: string, message: string) => `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>r</RequestId><HostId>h</HostId></Error>`;

export const JSON_11 = { 'content-type': 'application/x-amz-json-1.1' };
export const REST_JSON = { 'content-type': 'application/json' };

/** STS GetCallerIdentity for one account, answering any number of times. */
export function identity(account: string, times = 1, region = 'us-east-1'): nock.Scope {
  return nock(`https://sts.${region}.amazonaws.com`)
    .post('/', (b) => form(b).Action === 'GetCallerIdentity')
    .times(times)
    .reply(200, queryReply('sts', 'GetCallerIdentity', `<Arn>arn:aws:iam::${account}:user/ci</Arn><UserId>AIDTEST</UserId><Account>${account}</Account>`));
}

/** The IAM credential report CSV, as IAM writes it (header + rows). */
export const REPORT_HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

export function rootRow(account: string, keyActive: boolean): string {
  const key = keyActive ? 'true,2025-01-02T03:04:05+00:00,2026-10-30T08:00:00+00:00,us-east-1,s3' : 'false,N/A,N/A,N/A,N/A';
  return `<root_account>,arn:aws:iam::${account}:root,2020-01-01T00:00:00+00:00,not_supported,2026-10-01T10:00:00+00:00,not_supported,not_supported,true,${key},false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
}

export function userRow(account: string, name: string): string {
  return `${name},arn:aws:iam::${account}:user/${name},2024-05-06T07:08:09+00:00,true,no_information,2024-05-06T07:10:00+00:00,N/A,false,true,2024-05-06T07:08:09+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
}
