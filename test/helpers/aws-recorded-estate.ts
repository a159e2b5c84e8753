import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { NormalizedSchema } from '@smithy/core/schema';
import nock from 'nock';
import { loadService } from '../../src/providers/aws/clients.js';
import { errorReply, outputReply, protocolOf, type Protocol, type WireReply } from './aws-serde.js';
import { form, queryReply } from './aws-wire.js';

/**
 * A snapshot's AWS recordings (aws/<account>/<region|global>/<Service>.<Method>[params].json, or
 * .error.json) served over nock to the real SDK clients, each in its service's wire protocol
 * (aws-serde.ts). Every recording is turned into the exact HTTP request the SDK client sends for
 * that call (the client itself serializes it, to the region the call must reach: the folder's
 * region; for account-level calls the home region, a bucket's own region for a call naming a
 * Bucket, a trail's home region for a call naming a trail ARN, the region of a trail's log
 * group for a call naming that log group and for the alarms and topic subscriptions read there), so a request is answered only
 * when it is that request, signed by that account's assumed role; anything else is noted as
 * unmatched and refused. Accounts are assumed roles `arn:aws:iam::<account>:role/Audit`, told
 * apart by the access key each is signed with. The server counts what it served per request.
 */
export interface Recording {
  account: string;
  folder: string;
  file: string;
  service: string;
  method: string;
  params: Record<string, unknown>;
  answer: { output: Record<string, unknown> } | { error: { code: string; message: string } };
}

/** A recorded listing served as two pages: the first `split` items of `list`, then the rest. */
export interface PageSplit {
  account: string;
  folder: string;
  file: string;
  list: string;
  split: number;
  /** Output keys the first page carries (the token, a truncation flag). */
  first: Record<string, unknown>;
  /** Output keys the last page carries (a truncation flag). */
  last?: Record<string, unknown>;
  /** Input keys the client asks the second page with. */
  next: Record<string, unknown>;
}

export interface ServedEstate {
  /** Requests served, by `Service.Method` (AssumeRole left out: it is the role's, not the scan's). */
  served: Record<string, number>;
  /** The least requests a scan of every recording makes, by `Service.Method`: one per distinct request and page. */
  minimum: Record<string, number>;
  /** Distinct requests answered more than once. */
  repeated: string[];
  /** Requests no recording answers. */
  unmatched: string[];
  /** Distinct requests never asked. */
  unasked: string[];
  assumed: number;
}

const FILE = /^([A-Za-z0-9]+)\.([A-Za-z0-9]+)(?:\[(.*)\])?(\.error)?\.json$/;

export function readRecordings(root: string): Recording[] {
  const out: Recording[] = [];
  const base = join(root, 'aws');
  for (const account of readdirSync(base)) {
    for (const folder of readdirSync(join(base, account))) {
      for (const file of readdirSync(join(base, account, folder))) {
        const m = FILE.exec(file);
        if (!m) throw new Error(`not a recording name: ${account}/${folder}/${file}`);
        const [, service, method, slug, error] = m;
        if (slug?.startsWith('sha256-')) throw new Error(`hashed params cannot be served: ${file}`);
        const params: Record<string, unknown> = {};
        for (const part of slug ? slug.split(',') : []) {
          const [key, value = ''] = part.split('=');
          params[decodeURIComponent(key!)] = value.split('+').map(decodeURIComponent);
        }
        const doc = JSON.parse(readFileSync(join(base, account, folder, file), 'utf8')) as Record<string, unknown>;
        if (Array.isArray(doc)) throw new Error(`a recording of several pages is not served: ${file}`);
        out.push({ account, folder, file, service: service!, method: method!, params, answer: error ? { error: doc as { code: string; message: string } } : { output: doc } });
      }
    }
  }
  return out;
}

interface Prepared {
  key: string;
  label: string;
  protocol: Protocol;
  xmlNamespace: string;
  reply: WireReply;
  answer: Recording['answer'];
}

/** An operation's schema as the client package ships it: [9, namespace, name, traits, input, output]. */
type OperationSchema = [number, string, string, unknown, Parameters<typeof NormalizedSchema.of>[0], Parameters<typeof NormalizedSchema.of>[0]];
interface Captured {
  method: string;
  hostname: string;
  path: string;
  query: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

const accessKey = (account: string) => `ASIA${account}`;
const keyOf = (account: string, method: string, host: string, path: string, query: [string, string][], target: string, body: string) =>
  [account, method, host, decodeURIComponent(path), query.map(([k, v]) => `${k}=${v}`).sort().join('&'), target, body].join(' ');

/** File-name params typed as the operation's input wants them (lists stay lists; booleans, numbers). */
function typedParams(input: NormalizedSchema, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([name, values]) => {
      const member = input.getMemberSchema(name);
      const list = values as string[];
      if (member.isListSchema()) return [name, list];
      const [one = ''] = list;
      return [name, member.isBooleanSchema() ? one === 'true' : member.isNumericSchema() ? Number(one) : one];
    }),
  );
}

async function schemaOf(service: string, method: string): Promise<OperationSchema> {
  const Command = (await loadService(service)).command(method);
  if (!Command) throw new Error(`${service} has no ${method}Command`);
  return (new Command({}) as { schema: OperationSchema }).schema;
}

/** The SDK client's own request for a call, captured before it leaves (nothing is sent). */
async function capture(service: string, region: string, account: string, method: string, input: Record<string, unknown>): Promise<{ request: Captured; protocol: Protocol; xmlNamespace: string; schema: OperationSchema }> {
  const module = await loadService(service);
  let captured: Captured | undefined;
  const client = new module.Client({
    region,
    credentials: { accessKeyId: accessKey(account), secretAccessKey: 's', sessionToken: 't' },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: Captured) => {
        captured = request;
        throw new Error('captured');
      },
    },
  }) as unknown as { send(c: unknown): Promise<unknown>; config: { protocol: { constructor: { name: string }; options?: { xmlNamespace?: string } } } };
  const Command = module.command(method);
  if (!Command) throw new Error(`${service} has no ${method}Command`);
  const command = new Command(input) as { schema: OperationSchema };
  await client.send(command).catch((e: unknown) => {
    if ((e as Error).message !== 'captured') throw e;
  });
  if (!captured) throw new Error(`${service}.${method}: no request captured`);
  return { request: captured, protocol: protocolOf(client.config.protocol.constructor.name), xmlNamespace: client.config.protocol.options?.xmlNamespace ?? '', schema: command.schema };
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  throw new Error(`a request body the helper cannot read: ${Object.prototype.toString.call(body)}`);
}

function capturedKey(account: string, r: Captured): string {
  const query = Object.entries(r.query ?? {}).flatMap(([k, v]): [string, string][] => (Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : [[k, v ?? '']]));
  const target = Object.entries(r.headers).find(([k]) => k.toLowerCase() === 'x-amz-target')?.[1] ?? '';
  return keyOf(account, r.method, r.hostname, r.path, query, target, bodyText(r.body));
}

/** The region a recorded call must be sent to (see the file comment). */
function regionFor(recording: Recording, home: string, bucketRegions: Map<string, string>, logGroupRegions: Map<string, string>): string {
  if (recording.folder !== 'global') return recording.folder;
  const bucket = (recording.params.Bucket as string[] | undefined)?.[0];
  if (bucket !== undefined) {
    const region = bucketRegions.get(`${recording.account}/${bucket}`);
    if (!region) throw new Error(`${recording.file}: bucket ${bucket} is not in the account's S3.ListBuckets recording`);
    return region;
  }
  const logGroup = (recording.params.logGroupName as string[] | undefined)?.[0];
  if (logGroup !== undefined) {
    const region = logGroupRegions.get(`${recording.account}/${logGroup}`);
    if (!region) throw new Error(`${recording.file}: log group ${logGroup} is not a trail's log group in the account's CloudTrail.DescribeTrails recording`);
    return region;
  }
  if (recording.service === 'CloudWatch' || recording.service === 'SNS') {
    // The alarms on a trail's metric filters and the topics they notify are read in the log group's region.
    const regions = new Set([...logGroupRegions].filter(([k]) => k.startsWith(`${recording.account}/`)).map(([, v]) => v));
    if (regions.size !== 1) throw new Error(`${recording.file}: the account's trails send to log groups in ${regions.size} regions; which one this recording answers is not known`);
    return [...regions][0]!;
  }
  for (const values of Object.values(recording.params)) {
    const trail = /^arn:aws:cloudtrail:([a-z0-9-]+):/.exec((values as string[])[0] ?? '');
    if (trail) return trail[1]!;
  }
  return home;
}

/**
 * Serves every AWS recording under `root` (persistently, until nock.cleanAll). `extra` adds
 * requests a recording stands for but does not hold (the credential report's generate call).
 */
export async function serveRecordings(root: string, options: { home: string; splits?: PageSplit[] }): Promise<ServedEstate> {
  const recordings = readRecordings(root);
  const bucketRegions = new Map<string, string>();
  const logGroupRegions = new Map<string, string>();
  for (const r of recordings) {
    if (r.folder === 'global' && r.service === 'S3' && r.method === 'ListBuckets' && 'output' in r.answer) {
      for (const b of (r.answer.output.Buckets as { Name: string; BucketRegion: string }[] | undefined) ?? []) bucketRegions.set(`${r.account}/${b.Name}`, b.BucketRegion);
    }
    if (r.folder === 'global' && r.service === 'CloudTrail' && r.method === 'DescribeTrails' && 'output' in r.answer) {
      for (const t of (r.answer.output.trailList as { CloudWatchLogsLogGroupArn?: string }[] | undefined) ?? []) {
        const group = /^arn:aws:logs:([a-z0-9-]+):\d+:log-group:(.+?)(:\*)?$/.exec(t.CloudWatchLogsLogGroupArn ?? '');
        if (group) logGroupRegions.set(`${r.account}/${group[2]}`, group[1]!);
      }
    }
  }
  const prepared = new Map<string, Prepared>();
  const add = async (account: string, service: string, region: string, method: string, input: Record<string, unknown>, answer: Recording['answer'], where: string) => {
    const { request, protocol, xmlNamespace, schema } = await capture(service, region, account, method, input);
    const key = capturedKey(account, request);
    const earlier = prepared.get(key);
    if (earlier) {
      // Two folders recording the same request (S3.ListBuckets of the home region and of the account): one answer.
      if (!isDeepStrictEqual(earlier.answer, answer)) throw new Error(`${where}: the same request is recorded twice with different answers`);
      return;
    }
    let output: Record<string, unknown> | undefined;
    if ('output' in answer) {
      const { $metadata: _m, ...rest } = answer.output;
      output = rest;
    }
    const reply = output ? outputReply(protocol, method, schema[5], output, xmlNamespace) : errorReply(protocol, (answer as { error: { code: string; message: string } }).error.code, (answer as { error: { code: string; message: string } }).error.message, xmlNamespace);
    prepared.set(key, { key, label: `${service}.${method}`, protocol, xmlNamespace, reply, answer });
  };

  for (const r of recordings) {
    const schema = await schemaOf(r.service, r.method);
    const input = typedParams(NormalizedSchema.of(schema[4]), r.params);
    const region = regionFor(r, options.home, bucketRegions, logGroupRegions);
    const where = `${r.account}/${r.folder}/${r.file}`;
    const split = options.splits?.find((s) => s.account === r.account && s.folder === r.folder && s.file === r.file);
    if (split && 'output' in r.answer) {
      const items = r.answer.output[split.list] as unknown[];
      if (!Array.isArray(items) || items.length <= split.split) throw new Error(`${where}: ${split.list} has too few items to split`);
      await add(r.account, r.service, region, r.method, input, { output: { ...r.answer.output, [split.list]: items.slice(0, split.split), ...split.first } }, where);
      await add(r.account, r.service, region, r.method, { ...input, ...split.next }, { output: { ...r.answer.output, [split.list]: items.slice(split.split), ...split.last } }, `${where} (page 2)`);
      continue;
    }
    await add(r.account, r.service, region, r.method, input, r.answer, where);
    // The credential report is asked for (generated) before it is read: one more request per report.
    if (r.service === 'IAM' && r.method === 'GetCredentialReport') await add(r.account, 'IAM', region, 'GenerateCredentialReport', {}, { output: { State: 'COMPLETE' } }, `${where} (generate)`);
  }
  for (const split of options.splits ?? []) {
    if (!recordings.some((r) => r.account === split.account && r.folder === split.folder && r.file === split.file)) throw new Error(`no recording ${split.account}/${split.folder}/${split.file} to split`);
  }

  const state: ServedEstate = { served: {}, minimum: {}, repeated: [], unmatched: [], unasked: [], assumed: 0 };
  for (const p of prepared.values()) state.minimum[p.label] = (state.minimum[p.label] ?? 0) + 1;
  const times = new Map<string, number>();
  const accounts = new Set(recordings.map((r) => r.account));

  const handle = async (request: unknown): Promise<[number, string, Record<string, string>]> => {
    const r = request as Request;
    const url = new URL(r.url);
    const body = await r.text();
    const credential = /Credential=(\w+)\//.exec(r.headers.get('authorization') ?? '')?.[1] ?? '';
    if (url.hostname.startsWith('sts.') && form(body).Action === 'AssumeRole') {
      const account = /^arn:aws:iam::(\d{12}):role\/Audit$/.exec(form(body).RoleArn ?? '')?.[1] ?? '';
      if (!accounts.has(account)) return [403, `<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>no such role</Message></Error></ErrorResponse>`, {}];
      state.assumed += 1;
      const creds = `<Credentials><AccessKeyId>${accessKey(account)}</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>`;
      return [200, queryReply('sts', 'AssumeRole', `<AssumedRoleUser><Arn>arn:aws:sts::${account}:assumed-role/Audit/ctrlflow</Arn><AssumedRoleId>AROA:ctrlflow</AssumedRoleId></AssumedRoleUser>${creds}`), {}];
    }
    const account = credential.startsWith('ASIA') ? credential.slice(4) : `unsigned(${credential})`;
    const key = keyOf(account, r.method, url.hostname, url.pathname, [...url.searchParams.entries()], r.headers.get('x-amz-target') ?? '', body);
    const p = prepared.get(key);
    if (!p) {
      state.unmatched.push(key);
      return [400, '<Error><Code>NotRecorded</Code><Message>no recording answers this request</Message></Error>', { 'content-type': 'application/xml' }];
    }
    times.set(key, (times.get(key) ?? 0) + 1);
    if (times.get(key) === 2) state.repeated.push(key);
    state.served[p.label] = (state.served[p.label] ?? 0) + 1;
    return [p.reply.status, p.reply.body, p.reply.headers];
  };
  const reply = (request: unknown) => handle(request);
  nock(/\.amazonaws\.com/).persist().post(/.*/).reply(reply as never).get(/.*/).reply(reply as never);
  Object.defineProperty(state, 'unasked', { get: () => [...prepared.keys()].filter((k) => !times.has(k)), enumerable: true });
  return state;
}
