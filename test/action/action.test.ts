import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import nock from 'nock';
import { ACTION_INPUTS, runAction } from '../../src/action/run-action.js';
import { ESTATE_CONTROLS, mockAwsEstate, REGION, sampleEstate } from '../helpers/aws-estate.js';
import { scanOptions } from '../../src/cli/scan-options.js';
import type { ScanReport } from '../../src/model/result.js';
import { REPO, tempDir } from '../helpers/cli.js';
import { awsLoopback, callerIdentity, groupsPage } from '../helpers/aws-loopback.js';
import { DEMO_TOTALS, VALID_LINE } from '../demo/expected.js';
import { githubOutputs } from '../helpers/github-output.js';

/** A simulated runner: INPUT_* variables and the files GitHub hands a step. */
function githubEnv(inputs: Record<string, string>): { dir: string; env: Record<string, string> } {
  const dir = tempDir();
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary.md'), '');
  const env: Record<string, string> = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { dir, env };
}

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

describe('GitHub Action', () => {
  it('scans the demo inventory in-process: outputs, job summary, annotations and exit status', async () => {
    const { dir, env } = githubEnv({ inventory: 'examples/demo-inventory', out: join(tempDir(), 'r'), 'fail-on': 'high', format: 'sarif html', summary: 'true', annotations: 'true' });
    Object.assign(process.env, env);
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));

    const code = await runAction(REPO);
    vi.restoreAllMocks();

    expect(code).toBe(1);
    const out = githubOutputs(env.GITHUB_OUTPUT!);
    expect(out).toMatchObject({ 'exit-code': '1', failed: String(DEMO_TOTALS.FAIL), errors: '0', passed: String(DEMO_TOTALS.PASS), excepted: '0', new: '' });
    expect(out['sarif-file']).toMatch(/r\/ctrlflow\.sarif$/);
    expect(out['html-file']).toMatch(/r\/ctrlflow\.html$/);
    expect(out['json-file']).toMatch(/r\/ctrlflow\.json$/);
    expect(out['manifest-file']).toMatch(/r\/ctrlflow-manifest\.json$/);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain(String(DEMO_TOTALS.FAIL));
    expect(summary.length).toBeLessThan(1024 * 1024);

    const annotations = printed.join('').split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning'));
    const errors = annotations.filter((l) => l.startsWith('::error'));
    const warnings = annotations.filter((l) => l.startsWith('::warning'));
    // GitHub keeps 10 of each per step; one error says why the step failed.
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(errors.at(-1)).toBe(`::error::ctrlflow: ${DEMO_TOTALS.FAIL} failing result(s), some at or above --fail-on high`);
    // The most severe failing controls come first, on their file and line in the repository.
    expect(errors[0]).toMatch(/^::error title=\S+ .* \((critical|high)\),file=controls\/\S+\.yaml,line=1::\d+ resource\(s\) fail:/);
    expect(errors.slice(0, -1).every((l) => /\((critical|high)\),file=controls\//.test(l))).toBe(true);
    // Then the next ones as warnings: severities never rise along the list.
    const rank = { critical: 4, high: 3, medium: 2, low: 1 } as Record<string, number>;
    const severities = [...errors.slice(0, -1), ...warnings].map((l) => rank[/\((critical|high|medium|low)\)/.exec(l)![1]!]!);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    expect(warnings).toHaveLength(10);
  });

  it('passes framework and attestations on: the controls of one framework, its requirements attested', async () => {
    const out = join(tempDir(), 'r');
    const { env } = githubEnv({ inventory: 'examples/demo-inventory', out, 'fail-on': 'none', format: 'json', framework: 'cis-gcp-5.0', attestations: 'examples/demo-attestations.yaml', summary: 'false', annotations: 'false' });
    Object.assign(process.env, env);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await runAction(REPO)).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'ctrlflow.json'), 'utf8')) as ScanReport;
    expect(new Set(report.controls.map((c) => c.provider))).toEqual(new Set(['gcp']));
    expect(report.frameworks!.map((f) => f.id)).toEqual(['cis-gcp-5.0']);
    expect(report.frameworks![0]!.requirements.find((r) => r.id === '1.3')!.attestation!.status).toBe('non-compliant');
  });

  it('exits 2 on bad input, with nothing scanned', async () => {
    const { env } = githubEnv({ inventory: 'no/such/folder', out: join(tempDir(), 'r') });
    Object.assign(process.env, env);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runAction(REPO)).toBe(2);
    expect(githubOutputs(env.GITHUB_OUTPUT!)).toEqual({ 'exit-code': '2' });
  });

  it('annotates each validate error on its file, line and column', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'controls'));
    writeFileSync(join(dir, 'controls', 'BAD-001.yaml'), 'id: BAD-001\ntitle: t\nseverity: urgent\nprovider: aws\nresourceType: AWS::S3::Bucket\nflow: aws-rds-public-access\n');
    const { env } = githubEnv({ command: 'validate', controls: join(dir, 'controls') });
    Object.assign(process.env, env);
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    expect(await runAction(dir)).toBe(2);
    vi.restoreAllMocks();
    const annotations = printed.join('').split('\n').filter((l) => l.startsWith('::error title=ctrlflow validate'));
    expect(annotations).toEqual(['::error title=ctrlflow validate%3A bad-value,file=controls/BAD-001.yaml,line=3,col=11::severity must be one of "critical", "high", "medium", "low", "info"']);
  });

  it.each([
    ['validate', 0],
    ['test', 0],
  ])('runs %s on the controls and flows', async (command, expected) => {
    const { env } = githubEnv({ command });
    Object.assign(process.env, env);
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    expect(await runAction(REPO)).toBe(expected);
    vi.restoreAllMocks();
    expect(githubOutputs(env.GITHUB_OUTPUT!)).toEqual({ 'exit-code': String(expected) });
    expect(printed.join('')).toMatch(command === 'validate' ? new RegExp(VALID_LINE.replace(/[()]/g, '\\$&')) : /passed/);
  });

  it('merges shard results found in a folder into one set of reports', async () => {
    const shards = tempDir();
    for (const k of [1, 2]) {
      const { env } = githubEnv({ inventory: 'examples/demo-inventory', out: join(shards, `ctrlflow-shard-${k}`), shard: `${k}/2`, format: 'json', 'fail-on': 'none', summary: 'false', annotations: 'false' });
      Object.assign(process.env, env);
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      expect(await runAction(REPO)).toBe(0);
      vi.restoreAllMocks();
    }
    const { env } = githubEnv({ command: 'report', results: shards, out: join(tempDir(), 'merged'), 'fail-on': 'none' });
    Object.assign(process.env, env);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await runAction(REPO)).toBe(0);
    vi.restoreAllMocks();
    expect(githubOutputs(env.GITHUB_OUTPUT!)).toMatchObject({ 'exit-code': '0', failed: String(DEMO_TOTALS.FAIL), passed: String(DEMO_TOTALS.PASS), errors: '0' });
  });

  it('fails the step with the CLI\'s exit code when nothing could be read, without a stack trace', async () => {
    const { env } = githubEnv({ cloud: 'gcp', out: join(tempDir(), 'r') });
    Object.assign(process.env, env);
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    expect(await runAction(REPO)).toBe(3);
    vi.restoreAllMocks();
    expect(githubOutputs(env.GITHUB_OUTPUT!)).toEqual({ 'exit-code': '3' });
    expect(printed.join('')).toContain('error provider: name the GCP scope to scan');
    expect(printed.join('')).toContain('::error::ctrlflow: nothing could be scanned (see the error above)');
  });

  it('takes every scan flag as an input of the same name, and documents each output it sets', () => {
    const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string } };
    expect(Object.keys(action.inputs).sort()).toEqual([...Object.keys(scanOptions({ controls: 'controls', flows: 'flows' })), ...ACTION_INPUTS].sort());
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'excepted', 'exit-code', 'failed', 'html-file', 'json-file', 'manifest-file', 'new', 'passed', 'sarif-file']);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
  });

  it('runs as the committed bundle, a plain node process with no node_modules of its own', () => {
    const { dir, env } = githubEnv({ inventory: join(REPO, 'examples/demo-inventory'), out: join(tempDir(), 'r'), 'fail-on': 'none', format: 'json' });
    const run = spawnSync(process.execPath, [join(REPO, 'dist/action/index.js')], { cwd: tempDir(), env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
    expect(githubOutputs(env.GITHUB_OUTPUT!)).toMatchObject({ 'exit-code': '0', failed: String(DEMO_TOTALS.FAIL), passed: String(DEMO_TOTALS.PASS), 'sarif-file': '' });
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).not.toBe('');
  });

  it('is bundled from the current source (npm run build:action leaves dist/action unchanged)', () => {
    // Every file: the entry points, the chunks they import on demand and the data beside them.
    const files = () => Object.fromEntries(readdirSync(join(REPO, 'dist/action')).map((name) => [name, readFileSync(join(REPO, 'dist/action', name))]));
    const before = files();
    execFileSync(process.execPath, ['scripts/build-action.mjs'], { cwd: REPO });
    const after = files();
    expect(Object.keys(after).sort(), 'dist/action holds other files than the build makes: run npm run build:action and commit it').toEqual(Object.keys(before).sort());
    for (const name of Object.keys(after)) expect(after[name]!.equals(before[name]!), `dist/action/${name} is stale: run npm run build:action and commit it`).toBe(true);
    // The bundled controls, flows and frameworks as npm run build checked them: the action parses and checks none of them again.
    expect(after['content-cache.json']!.toString('utf8')).toBe(readFileSync(join(REPO, 'dist/src/load/content-cache.json'), 'utf8'));
    // The AWS clients' output lists as npm run build tabled them, each for the client version the bundle holds.
    expect(after['aws-shapes.json']!.toString('utf8')).toBe(readFileSync(join(REPO, 'dist/src/providers/aws/aws-shapes.json'), 'utf8'));
    const table = JSON.parse(after['aws-shapes.json']!.toString('utf8')) as Record<string, { version: string }>;
    const clients = JSON.parse(after['aws-clients.json']!.toString('utf8')) as Record<string, string>;
    expect(Object.keys(table).length).toBeGreaterThan(10);
    for (const [name, entry] of Object.entries(table)) expect(clients[name], name).toBe(entry.version);
  });

  it('loads every chunk of the committed bundle with no node_modules, and none of the AWS SDK for a snapshot scan', () => {
    const dir = join(REPO, 'dist/action');
    const entries = ['index.js', 'render-worker.js', 'digest-worker.js'];
    const chunks = readdirSync(dir).filter((name) => name.endsWith('.js') && !entries.includes(name));
    expect(chunks.length).toBeGreaterThan(10);
    // Each chunk's imports (other chunks, node: modules) resolve from the bundle alone.
    const load = `await Promise.all(${JSON.stringify(chunks.map((name) => pathToFileURL(join(dir, name)).href))}.map((url) => import(url)));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', load], { cwd: tempDir(), env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    // A snapshot scan reads no AWS client: the build's table of their output lists answers for them.
    // The repository's own control of a bundled id is read (yaml, imported on demand) and replaces it.
    const repository = tempDir();
    mkdirSync(join(repository, 'controls'));
    writeFileSync(join(repository, 'controls', 'AWS-EBS-001.yaml'), readFileSync(join(REPO, 'controls/aws/ebs/AWS-EBS-001.yaml')));
    const hook = 'export async function load(url, context, next) { if (url.startsWith("file:")) process.stderr.write(`loaded ${url}\\n`); return next(url, context); }';
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const { env } = githubEnv({ inventory: join(REPO, 'examples/demo-inventory'), out: join(tempDir(), 'r'), 'fail-on': 'none', format: 'json', summary: 'false', annotations: 'false' });
    const scan = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, join(dir, 'index.js')], { cwd: repository, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
    expect(scan.status, scan.stdout + scan.stderr).toBe(0);
    expect(scan.stderr).toContain('warning: controls/AWS-EBS-001.yaml: control AWS-EBS-001 replaces the bundled control of that id');
    const loaded = [...scan.stderr.matchAll(/^loaded (file:\S+)$/gm)].map((m) => new URL(m[1]!).pathname);
    expect(loaded.length).toBeGreaterThan(3);
    expect(loaded.filter((file) => readFileSync(file, 'utf8').includes('node_modules/@aws-sdk/client-'))).toEqual([]);
  });

  it("starts each cloud's SDK from the committed bundle: with no credentials, each run says that is what is missing", () => {
    // What a live scan loads on demand (clients, auth libraries), imported and started as the
    // package would: not a module that fails to load in the bundle, named instead of the credentials.
    const clouds: { cloud: string; inputs: Record<string, string>; says: string }[] = [
      { cloud: 'aws', inputs: { region: 'us-east-1' }, says: 'could not use the default credentials (CredentialsProviderError: Could not load credentials from any providers)' },
      { cloud: 'azure', inputs: { 'azure-subscription': '00000000-0000-0000-0000-000000000001' }, says: 'AzureError: ChainedTokenCredential authentication failed.' },
      { cloud: 'gcp', inputs: { 'gcp-project': 'demo-proj' }, says: 'could not start the GCP client (Could not load the default credentials.' },
    ];
    for (const { cloud, inputs, says } of clouds) {
      const { env } = githubEnv({ cloud, ...inputs, out: join(tempDir(), 'r'), 'fail-on': 'none', format: 'json', summary: 'false', annotations: 'false' });
      // No metadata servers to ask (AWS, GCP) and an empty home: no credentials anywhere.
      const run = spawnSync(process.execPath, [join(REPO, 'dist/action/index.js')], {
        cwd: tempDir(),
        env: { PATH: process.env.PATH ?? '', HOME: tempDir(), AWS_EC2_METADATA_DISABLED: 'true', METADATA_SERVER_DETECTION: 'none', ...env },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status, `${cloud}: ${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`).toBe(3);
      expect(run.stdout + run.stderr, cloud).toContain(says);
    }
  }, 300_000);

  it("reads GCP and Azure through the committed bundle's own clients (REST transport, auth library, paging), HTTP mocked with nock in that process", () => {
    // The providers' modules of the bundle, found by the source each was built from, in a
    // process of their own: the HTTP layer is nock's, imported from this checkout.
    const dir = join(REPO, 'dist/action');
    const built = (source: string) => readdirSync(dir).find((name) => name.endsWith('.js') && readFileSync(join(dir, name), 'utf8').includes(`\n// ${source}\n`));
    const [gcp, azure] = [built('src/providers/gcp/cloud-asset.ts'), built('src/providers/azure/resource-graph.ts')];
    expect([gcp, azure].every(Boolean)).toBe(true);
    const module = (path: string) => JSON.stringify(pathToFileURL(join(REPO, path)).href);
    const script = join(tempDir(), 'read.mjs');
    const S1 = '00000000-0000-0000-0000-0000000000a1';
    writeFileSync(
      script,
      `import nock from ${module('node_modules/nock/index.js')};
      import gax from ${module('node_modules/google-gax/build/src/index.js')};
      const { openGcp } = await import(${module(`dist/action/${gcp}`)});
      const { openAzure } = await import(${module(`dist/action/${azure}`)});
      nock.disableNetConnect();
      nock('https://cloudasset.googleapis.com', { reqheaders: { authorization: 'Bearer stub-token' } }).get('/v1/projects/p1/assets').query((q) => String(q.contentType) === 'RESOURCE' || String(q.contentType) === '1')
        .reply(200, { assets: [{ name: '//storage.googleapis.com/b1', assetType: 'storage.googleapis.com/Bucket', resource: { data: { name: 'b1' } } }], nextPageToken: 'page-2' })
        .get('/v1/projects/p1/assets').query((q) => q.pageToken === 'page-2')
        .reply(200, { assets: [{ name: '//storage.googleapis.com/b2', assetType: 'storage.googleapis.com/Bucket', resource: { data: { name: 'b2' } } }] })
        .get('/v1/projects/p1/assets').query(true).reply(200, {});
      nock('https://management.azure.com', { reqheaders: { authorization: 'Bearer stub-token' } }).post('/providers/Microsoft.ResourceGraph/resources').query(true)
        .reply(200, { totalRecords: 1, count: 1, resultTruncated: 'false', data: [{ id: '/subscriptions/${S1}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a1', name: 'a1', type: 'microsoft.storage/storageaccounts', subscriptionId: '${S1}' }] });
      const auth = new gax.googleAuthLibrary.OAuth2Client();
      auth.setCredentials({ access_token: 'stub-token', expiry_date: Date.now() + 3_600_000 });
      const buckets = await openGcp({ projects: ['p1'], authClient: auth }).list({ provider: 'gcp', account: 'p1', region: 'global' }, { service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: ['storage.googleapis.com/Bucket'] } });
      const credential = { getToken: async () => ({ token: 'stub-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
      const accounts = await openAzure({ subscriptions: ['${S1}'], credential }).list({ provider: 'azure', account: '${S1}', region: 'global' }, { service: 'ResourceGraph', method: 'Resources', params: { type: 'microsoft.storage/storageaccounts' } });
      console.log(JSON.stringify({ buckets: buckets.map((b) => b.name), accounts: accounts.map((a) => a.name) }));`,
    );
    const run = spawnSync(process.execPath, [script], { cwd: tempDir(), env: { PATH: process.env.PATH ?? '', HOME: tempDir() }, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({ buckets: ['//storage.googleapis.com/b1', '//storage.googleapis.com/b2'], accounts: ['a1'] });
  });

  it('scans AWS live from the committed bundle: its clients sign, send, page and parse as from the package (a loopback EC2)', async () => {
    const loopback = await awsLoopback((action, form) => {
      if (action === 'GetCallerIdentity') return callerIdentity('123456789012');
      if (action === 'DescribeSecurityGroups') return form.NextToken ? groupsPage(['sg-3']) : groupsPage(['sg-1', 'sg-2'], 'page-2');
      return { status: 400, body: `<Response><Errors><Error><Code>UnsupportedOperation</Code><Message>${action}</Message></Error></Errors></Response>` };
    });
    try {
      const { env } = githubEnv({ cloud: 'aws', region: 'us-east-1', only: 'AWS-EC2-001', 'aws-endpoint-url': loopback.endpoint, out: join(tempDir(), 'r'), 'fail-on': 'none', format: 'json', summary: 'false', annotations: 'false' });
      const run = await new Promise<{ code: number | null; output: string }>((done) => {
        const child = spawn(process.execPath, [join(REPO, 'dist/action/index.js')], {
          cwd: tempDir(),
          env: { PATH: process.env.PATH ?? '', HOME: tempDir(), AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'secret', AWS_EC2_METADATA_DISABLED: 'true', ...env },
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('close', (code) => done({ code, output }));
      });
      expect(run.code, run.output).toBe(0);
      expect(githubOutputs(env.GITHUB_OUTPUT!)).toMatchObject({ 'exit-code': '0', failed: '0', errors: '0', passed: '3' });
      expect(loopback.seen.DescribeSecurityGroups).toBe(2);
    } finally {
      await loopback.close();
    }
  }, 120_000);

  it('passes the remediation inputs on: remediate, yes, max-actions (AWS mocked)', async () => {
    nock.disableNetConnect();
    const estate = sampleEstate();
    const mock = mockAwsEstate(estate);
    try {
      const { env } = githubEnv({ cloud: 'aws', region: REGION, only: ESTATE_CONTROLS.join(' '), out: join(tempDir(), 'r'), 'fail-on': 'none', format: 'json', remediate: 'AWS-EBS-002', yes: 'true', 'max-actions': '1', summary: 'false', annotations: 'false' });
      Object.assign(process.env, env, { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 's', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent', CI: 'true' });
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      expect(await runAction(REPO)).toBe(0);
      expect(mock.writes).toEqual([{ Action: 'ModifySnapshotAttribute', SnapshotId: 'snap-public', Attribute: 'createVolumePermission', OperationType: 'remove', 'UserGroup.1': 'all' }]);
      expect(estate.snapshots[0]!.isPublic).toBe(false);
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });
});
