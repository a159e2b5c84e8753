import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBin } from '../helpers/built-bin.js';
import { tempDir } from '../helpers/cli.js';

/**
 * Issue 14's secrets test: a real `ctrlflow scan` child process, a loopback "AWS" endpoint
 * and a loopback API that echoes whatever credential it is sent. Two unique secrets, one from
 * the environment (`${env:E2E_TOKEN}`) and one flow variable declared `secret: true`, go
 * through every path: the env credential echoed by a 401 of an http.action (applied with
 * --remediate --yes) and of an http read, and by a 200 body that reaches --history; the secret
 * variable in an http URL (error reason, history), as a condition value (reasons) and in an
 * http.action URL (the plan, the audit log). Every file the run wrote and everything it
 * printed is then searched: neither secret is anywhere, and ***** is where each one was.
 */
const ENV_SECRET = 'EnvSecret-7f3a9c21d4e8';
const VAR_SECRET = 'VarSecret-b82e61f05a97';

let bin: string;
const servers: Server[] = [];
let api = '';
let aws = '';
const seen: { url: string; key?: string; authorization?: string }[] = [];

function listen(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => handler(req, body, res));
  });
  server.listen(0, '127.0.0.1');
  servers.push(server);
  return once(server, 'listening').then(() => `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
}

/** The API: echoes the credential it got, in a 401 (the action, /deny) or a 200 (/echo). */
function answerApi(req: IncomingMessage, _body: string, res: ServerResponse): void {
  const key = req.headers['x-api-key'] as string | undefined;
  const authorization = req.headers.authorization;
  seen.push({ url: req.url!, ...(key ? { key } : {}), ...(authorization ? { authorization } : {}) });
  if (req.url!.startsWith('/echo/')) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ id: 'echo-1', seen: `${authorization} on ${req.url}` }]));
    return;
  }
  res.writeHead(401, { 'content-type': 'text/plain' }).end(`key ${key} is not valid for ${req.url}`);
}

/** Just enough AWS: who we are (STS) and one security group (EC2), in their XML. */
function answerAws(_req: IncomingMessage, body: string, res: ServerResponse): void {
  const action = new URLSearchParams(body).get('Action');
  res.writeHead(200, { 'content-type': 'text/xml' });
  if (action === 'GetCallerIdentity') {
    res.end(
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::111111111111:user/ci</Arn><UserId>AIDTEST</UserId><Account>111111111111</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
    );
    return;
  }
  res.end(
    '<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><securityGroupInfo><item><ownerId>111111111111</ownerId><groupId>sg-0e2e</groupId><groupName>web</groupName><groupDescription>d</groupDescription><ipPermissions/></item></securityGroupInfo></DescribeSecurityGroupsResponse>',
  );
}

function content(dir: string): void {
  const variables = `variables:\n  token: { value: ${VAR_SECRET}, secret: true }\n`;
  const verdict = (input: string, condition: string, id: string) =>
    `  - id: verdict\n    type: evaluate\n    input: ${input}\n    fail_if:\n      conditions:\n        - ${condition}\n    evidence:\n      resourceId: ${id}\n`;
  const flows: Record<string, string> = {
    // The secret as a condition value; the action's URL holds it, its credential comes from the environment.
    'e2e-groups': `${variables}nodes:\n  - { id: groups, type: aws.resource, service: EC2, method: DescribeSecurityGroups }\n${verdict('groups', '{ id: c1, type: param, key: $.GroupName, operator: "!=", value: "$wf.variables:token" }', '$.GroupId')}  - id: ticket\n    type: http.action\n    input: verdict.failed\n    url: "${api}/act/$wf.variables:token"\n    auth: { header: { name: X-Api-Key, value: "\${env:E2E_TOKEN}" } }\n    body: { group: "{{GroupId}}" }\n`,
    // A 200 that echoes the bearer token and the URL (the secret variable): node outputs in --history.
    'e2e-echo': `${variables}nodes:\n  - { id: echo, type: http, url: "${api}/echo/$wf.variables:token", auth: { bearer: "\${env:E2E_TOKEN}" } }\n${verdict('echo', '{ id: c1, type: param, key: $.id, operator: "==", value: echo-1 }', '$.id')}`,
    // A 401 that echoes the credential header and the URL: the error reason of an http read.
    'e2e-denied': `${variables}nodes:\n  - { id: read, type: http, url: "${api}/deny/$wf.variables:token", auth: { header: { name: X-Api-Key, value: "\${env:E2E_TOKEN}" } }, retries: 0 }\n${verdict('read', '{ id: c1, type: param, key: $.id, operator: "==", value: x }', '$.id')}`,
  };
  mkdirSync(join(dir, 'flows'));
  mkdirSync(join(dir, 'controls'));
  for (const [id, body] of Object.entries(flows)) {
    writeFileSync(join(dir, 'flows', `${id}.yaml`), `id: ${id}\ntrigger: { type: control }\n${body}`);
    const control = `E2E-${id.slice(4).toUpperCase()}-001`;
    writeFileSync(join(dir, 'controls', `${control}.yaml`), `id: ${control}\ntitle: ${id} path\nseverity: high\nprovider: aws\nresourceType: AWS::EC2::SecurityGroup\nflow: ${id}\n`);
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  bin = builtBin();
  api = await listen(answerApi);
  aws = await listen(answerAws);
}, 120_000);
afterAll(async () => {
  for (const s of servers) s.close();
  await Promise.all(servers.map((s) => once(s, 'close')));
});

describe('no secret in any output', () => {
  it('finds neither secret in any file the run wrote or any line it printed, and ***** where each was', async () => {
    const root = tempDir('ctrlflow-secrets-');
    content(root);
    const out = join(root, 'out');
    const history = join(root, 'history');
    const audit = join(root, 'audit', 'ctrlflow-audit.jsonl');
    const child = spawn(
      process.execPath,
      [
        bin, 'scan', '--no-bundled', '--controls', join(root, 'controls'), '--flows', join(root, 'flows'),
        '--region', 'us-east-1', '--aws-endpoint-url', aws,
        '--format', 'json', 'csv', 'sarif', 'html', 'markdown', 'asff', 'junit', 'ocsf', 'oscal',
        '--out', out, '--history', history, '--audit-log', audit,
        '--remediate', '--yes', '--fail-on', 'none',
      ],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          E2E_TOKEN: ENV_SECRET,
          AWS_ACCESS_KEY_ID: 'AKIDTEST',
          AWS_SECRET_ACCESS_KEY: 'test-secret-key',
          AWS_REGION: 'us-east-1',
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
          AWS_CONFIG_FILE: '/nonexistent',
        },
      },
    );
    let printed = '';
    child.stdout.on('data', (c: Buffer) => (printed += c.toString()));
    child.stderr.on('data', (c: Buffer) => (printed += c.toString()));
    const [code] = (await once(child, 'close')) as [number];

    // Every path was taken: the API saw both secrets, on each of its three routes.
    // The reads twice: after the action every control of the target it touched is evaluated again.
    expect(seen.map((s) => s.url).sort(), printed).toEqual([`/act/${VAR_SECRET}`, `/deny/${VAR_SECRET}`, `/deny/${VAR_SECRET}`, `/echo/${VAR_SECRET}`, `/echo/${VAR_SECRET}`]);
    expect(seen.filter((s) => s.key === ENV_SECRET || s.authorization === `Bearer ${ENV_SECRET}`)).toHaveLength(5);
    expect(code, printed).toBe(3);

    const written = [...filesUnder(out), ...filesUnder(history), ...filesUnder(join(root, 'audit'))];
    expect(written.map((f) => f.slice(root.length + 1)).filter((f) => !f.startsWith('history/')).sort()).toEqual([
      'audit/ctrlflow-audit.jsonl',
      'out/ctrlflow-manifest.json',
      'out/ctrlflow.asff.json',
      'out/ctrlflow.csv',
      'out/ctrlflow.html',
      'out/ctrlflow.json',
      'out/ctrlflow.junit.xml',
      'out/ctrlflow.md',
      'out/ctrlflow.ocsf.jsonl',
      'out/ctrlflow.oscal.json',
      'out/ctrlflow.sarif',
    ]);
    // One record per flow run: the three flows, and each again when the target's controls are
    // re-evaluated after the action.
    expect(written.filter((f) => f.includes('/history/')).map((f) => f.split('/').pop()!.split('--')[0]).sort()).toEqual(['e2e-denied', 'e2e-denied', 'e2e-echo', 'e2e-echo', 'e2e-groups', 'e2e-groups']);
    for (const file of written) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(ENV_SECRET);
      expect(text, file).not.toContain(VAR_SECRET);
    }
    expect(printed).not.toContain(ENV_SECRET);
    expect(printed).not.toContain(VAR_SECRET);

    // And masked where each was: the action's 401 (audit log, report, stdout), the read's 401, the condition, the plan, the 200 body.
    const text = (file: string) => readFileSync(join(out, file), 'utf8');
    const auditLog = readFileSync(audit, 'utf8');
    expect(auditLog).toContain('answered 401 Unauthorized: key ***** is not valid for /act/*****');
    expect(auditLog).toContain(`"url":"${api}/act/*****"`);
    expect(printed).toContain('answered 401 Unauthorized: key ***** is not valid for /act/*****');
    const report = JSON.parse(text('ctrlflow.json')) as { results: { controlId: string; status: string; reason: string }[] };
    const reason = (id: string) => report.results.find((r) => r.controlId === id)!.reason;
    expect(reason('E2E-DENIED-001')).toContain(`answered 401 Unauthorized: key ***** is not valid for /deny/*****`);
    expect(reason('E2E-GROUPS-001')).toContain('*****');
    for (const file of ['ctrlflow.json', 'ctrlflow.html', 'ctrlflow.sarif']) expect(text(file), file).toContain(`${api}/act/*****`);
    const echo = filesUnder(history).map((f) => readFileSync(f, 'utf8')).find((t) => t.includes('echo-1'))!;
    expect(echo).toContain('"seen": "Bearer ***** on /echo/*****"');
  }, 120_000);
});
