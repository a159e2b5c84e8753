import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { httpAction } from '../../src/nodes/http-action.js';
import type { ActionData, PlannedStep, Verdict } from '../../src/nodes/types.js';
import { openHttp } from '../../src/providers/http/live.js';
import { memoryProvider, TARGET } from '../helpers/memory-provider.js';
import { NOW, testNode } from '../helpers/node-tester.js';

const DATA: ActionData = { control: 'AWS-RDS-002', title: 'Encrypted', severity: 'medium', time: '2026-11-01T00:00:00.000Z' };
const API = 'https://tickets.example.com';
const item = { DBInstanceIdentifier: 'db/1' };
const verdict: Verdict = { status: 'FAIL', resourceId: 'arn:db/1', evidence: {}, matches: [{ condition: 'c1', type: 'param', text: 'unencrypted' }] };
const ctx = { target: TARGET, provider: memoryProvider({}), flowId: 'f', nodeId: 'ticket', now: NOW, verdictOf: (i: object) => (i === item ? verdict : undefined) };
const config = { id: 'ticket', type: 'http.action', input: 'v.failed', url: `${API}/issues/{{DBInstanceIdentifier}}`, auth: { bearer: '${env:TICKET_TOKEN}' }, body: { title: '{{@control}}: {{DBInstanceIdentifier}}', why: '{{@reason}}' } };

/** A step sent as --remediate sends it: through the HTTP provider's act(), with this environment. */
const send = async (step: PlannedStep, environment: Record<string, string>) => (await openHttp({ environment }).act(TARGET, step.call(DATA))).output;

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('http.action', () => {
  testNode(httpAction, {
    valid: [],
    invalid: [
      { name: 'a literal token', config: { input: 'x', url: `${API}/i`, headers: { Authorization: 'Bearer abc' } }, problems: ['headers.Authorization literal-secret'] },
      { name: 'GET is a read', config: { input: 'x', url: `${API}/i`, method: 'GET' }, problems: ['method bad-value'] },
      { name: 'no input', config: { url: `${API}/i` }, problems: [' missing-key'] },
    ],
  });

  it('plans without the token; sends with it, the resource URL-encoded', async () => {
    const run = httpAction.compile(config as never, { now: NOW, environment: { TICKET_TOKEN: 'tk-9' } });
    const out = await run([[item]], ctx);
    const [action] = out.actions!;
    const [step] = action!.steps;
    // What the step needs from the environment is asked of the provider that sends it; the plan shows the call.
    expect([action!.resourceId, openHttp({ environment: {} }).missing(step!.call(DATA)), step!.shown(step!.call(DATA))]).toEqual([
      'arn:db/1',
      ['TICKET_TOKEN'],
      { service: 'HTTP', method: 'POST', params: { url: `${API}/issues/db%2F1`, body: { title: 'AWS-RDS-002: db/1', why: 'unencrypted' } } },
    ]);
    const scope = nock(API, { reqheaders: { authorization: 'Bearer tk-9' } })
      .post('/issues/db%2F1', { title: 'AWS-RDS-002: db/1', why: 'unencrypted' })
      .reply(201, { key: 'SEC-1' });
    expect(await send(step!, { TICKET_TOKEN: 'tk-9' })).toEqual({ key: 'SEC-1' });
    scope.done();
  });

  it('masks the token in a failure whose body echoes it, before the body is cut to 200 characters', async () => {
    const token = 'tk-echoed-secret-4711';
    const run = httpAction.compile({ ...config, retries: 0 } as never, { now: NOW, environment: { TICKET_TOKEN: token } });
    const [action] = (await run([[item]], ctx)).actions!;
    nock(API).post('/issues/db%2F1').reply(401, `${'.'.repeat(170)} bad credential: Bearer ${token}`);
    const failure = send(action!.steps[0]!, { TICKET_TOKEN: token });
    await expect(failure).rejects.toThrow(`POST ${API}/issues/{{DBInstanceIdentifier}} answered 401 Unauthorized: ${'.'.repeat(170)} bad credential: Bearer *****`);
    await expect(failure).rejects.not.toThrow('tk-ech');
  });

  it('fails the send, not the plan, when the token is not set', async () => {
    const run = httpAction.compile(config as never, { now: NOW, environment: {} });
    const [action] = (await run([[item]], ctx)).actions!;
    await expect(send(action!.steps[0]!, {})).rejects.toThrow('node "ticket" reads ${env:TICKET_TOKEN} for its bearer token, but TICKET_TOKEN is not set in the environment');
  });
});

describe('http.action retries', () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());

  it('does not send a POST twice after a 5xx (it may have opened the ticket); a PUT is retried', async () => {
    const post = httpAction.compile({ ...config, body: { t: 1 } } as never, { now: NOW, environment: { TICKET_TOKEN: 'tk' } });
    const [posted] = (await post([[item]], ctx)).actions!;
    nock(API).post('/issues/db%2F1').reply(502, 'bad gateway').post('/issues/db%2F1').reply(201, { key: 'SEC-2' });
    await expect(send(posted!.steps[0]!, { TICKET_TOKEN: 'tk' })).rejects.toThrow(/502/);
    expect(nock.pendingMocks()).toHaveLength(1);

    const put = httpAction.compile({ ...config, method: 'PUT', body: { t: 1 } } as never, { now: NOW, environment: { TICKET_TOKEN: 'tk' } });
    const [putted] = (await put([[item]], ctx)).actions!;
    nock.cleanAll();
    nock(API).put('/issues/db%2F1').reply(503).put('/issues/db%2F1').reply(200, { ok: true });
    expect(await send(putted!.steps[0]!, { TICKET_TOKEN: 'tk' })).toEqual({ ok: true });
  });
});
