import { once } from 'node:events';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileJsonPath } from '../../src/lib/json-path.js';
import { compileFlow } from '../../src/engine/compile.js';
import { runFlow } from '../../src/engine/run-flow.js';
import { parseOverride, substitute } from '../../src/flow/variables.js';
import { checkFlow } from '../../src/flow/check-flow.js';
import { JsonDepthError, jsonTextDepth, MAX_JSON_DEPTH, MAX_WALK_DEPTH, parseJsonWithin, valueDepth } from '../../src/lib/json-limits.js';
import { append } from '../../src/model/append.js';
import type { NodeConfig } from '../../src/model/flow.js';
import { compileValue } from '../../src/nodes/actions/template.js';
import { encodeStrings, http, type HttpConfig } from '../../src/nodes/http.js';
import { withCallCache } from '../../src/providers/call-cache.js';
import { openSnapshot } from '../../src/providers/snapshot/index.js';
import { canonicalJson } from '../../src/lib/canonical-json.js';
import { CONTENT, cli, readReport, REPO, tempDir } from '../helpers/cli.js';
import { memoryProvider, TARGET, withHttp } from '../helpers/memory-provider.js';
import { NOW } from '../helpers/node-tester.js';

const DEEP = 200_000;
/** `[[[…]]]` nested `depth` deep, built without recursion. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i += 1) v = [v];
  return v;
}
const deepText = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('measuring depth without recursion', () => {
  it('counts JSON text and values alike, and stops early', () => {
    expect(jsonTextDepth('1')).toBe(0);
    expect(jsonTextDepth('{"a":[1,{"b":"[[[{"}]}')).toBe(3); // brackets inside strings do not count
    expect(jsonTextDepth('["\\"[["]')).toBe(1);
    // A quote after an even number of backslashes ends the string; after an odd number it does not.
    expect(jsonTextDepth('["a\\\\","[[", {}]')).toBe(2);
    expect(jsonTextDepth('["a\\\\\\"[[", {}]')).toBe(2);
    expect(jsonTextDepth('["unterminated [[[')).toBe(1);
    expect(jsonTextDepth(deepText(DEEP))).toBe(DEEP);
    expect(jsonTextDepth(deepText(DEEP), 100)).toBe(101);
    expect(valueDepth({ a: [1, { b: {} }] }, 10)).toBe(4);
    expect(valueDepth(nested(DEEP), Infinity)).toBe(DEEP);
    expect(valueDepth(nested(DEEP), 100)).toBe(101);
  });

  it('parseJsonWithin refuses a text deeper than the limit before parsing it', () => {
    expect(parseJsonWithin(deepText(MAX_JSON_DEPTH))).toEqual(nested(MAX_JSON_DEPTH));
    expect(() => parseJsonWithin(deepText(MAX_JSON_DEPTH + 1))).toThrow(new JsonDepthError(MAX_JSON_DEPTH));
    expect(() => parseJsonWithin(deepText(DEEP))).toThrow('JSON nested deeper than 100 levels (the most ctrlflow reads)');
  });
});

describe('recursive walkers of data stop at MAX_WALK_DEPTH instead of overflowing the stack', () => {
  const deep = nested(DEEP);
  it.each([
    ['canonicalJson (call cache keys, snapshot names)', () => canonicalJson({ Bucket: deep })],
    ['encodeStrings (http URLs over cloud items)', () => encodeStrings({ item: deep })],
    // With a variable declared: a flow that declares none is used as written, never walked.
    ['substitute (flow variables)', () => substitute({ params: deep }, { port: 22 })],
    ['compileValue (action params)', () => compileValue({ params: deep })],
    ['JSONPath recursive descent', () => compileJsonPath('$..x')({ a: deep })],
  ])('%s', (_, walk) => {
    expect(walk).toThrow(new JsonDepthError(MAX_WALK_DEPTH));
  });

  it('and still walk ordinary data', () => {
    expect(canonicalJson({ b: [nested(3)], a: 1 })).toBe('{"a":1,"b":[[[[1]]]]}');
    expect(encodeStrings({ a: ['x/y'] })).toEqual({ a: ['x%2Fy'] });
    expect(compileJsonPath('$..x')({ a: { x: 1 } })).toEqual([1]);
  });

  it('a --var JSON value is read within the limit', () => {
    expect(parseOverride({ type: 'array', value: [] }, deepText(DEEP))).toEqual({ error: `"${'['.repeat(40)}…" is JSON nested deeper than 100 levels (the most ctrlflow reads)` });
    expect(parseOverride({ type: 'array', value: [] }, '[[1]]')).toEqual({ value: [[1]] });
  });
});

describe('every provider answer passes the call cache, which refuses one nested too deep', () => {
  it('is ERROR AnswerTooDeep for that call; a shallow answer passes', async () => {
    const provider = withCallCache(
      memoryProvider({ 'aws/111111111111/us-east-1': { 'EC2.DescribeVpcs': [{ VpcId: 'vpc-1', Deep: nested(DEEP) }], 'EC2.DescribeSubnets': [{ SubnetId: 's-1', Ok: nested(90) }] } }),
    );
    await expect(provider.list(TARGET, { service: 'EC2', method: 'DescribeVpcs', params: {} })).rejects.toMatchObject({
      name: 'TargetReadError',
      code: 'AnswerTooDeep',
      message: 'EC2.DescribeVpcs answered an item nested deeper than 100 levels (the most ctrlflow reads)',
    });
    expect(await provider.list(TARGET, { service: 'EC2', method: 'DescribeSubnets', params: {} })).toHaveLength(1);
  });

  it('a snapshot answer is measured once, as its recording is read; an AWS Config row, a JSON text inside it, by the call cache', async () => {
    const root = tempDir();
    const dir = join(root, 'aws/111111111111/us-east-1');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'EC2.DescribeVpcs.json'), `{"Vpcs":[{"VpcId":"vpc-1","Ok":${deepText(90)}}]}`);
    writeFileSync(join(dir, 'EC2.DescribeSubnets.json'), `{"Subnets":[{"SubnetId":"s-1","Deep":${deepText(101)}}]}`);
    const row = `{"resourceId":"i-1","Deep":${deepText(DEEP)}}`;
    writeFileSync(join(dir, 'Config.SelectResourceConfig.json'), JSON.stringify({ Results: [row] }));
    const provider = withCallCache(openSnapshot(root));
    expect(await provider.list(TARGET, { service: 'EC2', method: 'DescribeVpcs', params: {} })).toHaveLength(1);
    await expect(provider.list(TARGET, { service: 'EC2', method: 'DescribeSubnets', params: {} })).rejects.toMatchObject({ code: 'BadRecording', message: expect.stringContaining('JSON nested deeper than 100 levels') });
    await expect(provider.list(TARGET, { service: 'Config', method: 'SelectResourceConfig', params: {} })).rejects.toMatchObject({ code: 'AnswerTooDeep' });
  });
});

describe('a recording nested 200,000 deep, scanned with --history', () => {
  it('is ERROR BadRecording for that call; reports and history are written; nothing crashes', async () => {
    const root = tempDir();
    cpSync(join(REPO, 'test/fixtures/inventories/basic'), root, { recursive: true });
    const file = join(root, 'aws/111111111111/us-east-1/EC2.DescribeSecurityGroups.json');
    writeFileSync(file, `{"SecurityGroups":[{"GroupId":"sg-deep","IpPermissions":[],"Deep":${deepText(DEEP)}}]}`);
    const out = tempDir();
    const history = tempDir();
    const { code, stderr } = await cli('scan', ...CONTENT, '--inventory', root, '--out', out, '--history', history, '--format', 'json');
    expect(stderr).not.toMatch(/internal|call stack/);
    expect(code).toBe(3);
    const errors = readReport(out).results.filter((r) => r.status === 'ERROR');
    expect(errors.map((r) => [r.controlId, r.region, r.errorCode, r.reason])).toEqual([
      ['TEST-RDS-001', 'us-east-1', 'BadRecording', expect.stringContaining(`unreadable recording (JSON nested deeper than 100 levels (the most ctrlflow reads)): ${file}`)],
      ['TEST-SG-001', 'us-east-1', 'BadRecording', expect.stringContaining('JSON nested deeper than 100 levels')],
    ]);
    expect(readdirSync(history).length).toBeGreaterThan(0);
  }, 30_000);
});

describe('http answers', () => {
  let server: Server | undefined;
  afterEach(() => {
    server?.closeAllConnections();
    server?.close();
  });
  async function serve(body: string): Promise<string> {
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body)).listen(0, '127.0.0.1');
    await once(server, 'listening');
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/items`;
  }
  const run = async (url: string) => {
    const node = http.compile({ id: 'call', type: 'http', url, retries: 0 } as HttpConfig, { now: NOW, environment: {} });
    return (await node([], { target: TARGET, provider: withHttp(memoryProvider({})), flowId: 'f', nodeId: 'call', now: NOW })).ports.out ?? [];
  };

  it('200,000 items in one answer pass on (no spread into push)', async () => {
    const url = await serve(JSON.stringify(Array.from({ length: DEEP }, (_, i) => ({ i }))));
    const items = await run(url);
    expect(items).toHaveLength(DEEP);
    expect(items[DEEP - 1]).toEqual({ i: DEEP - 1 });
  });

  it('an answer nested 200,000 deep fails the node with the limit', async () => {
    const url = await serve(deepText(DEEP));
    await expect(run(url)).rejects.toThrow(`GET ${url.split('?')[0]} answered JSON nested deeper than 100 levels (the most ctrlflow reads)`);
  });
});

describe('no spread of an unbounded list into a call', () => {
  it('append takes 200,000 items where push(...items) overflows', () => {
    const many = Array.from({ length: DEEP }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    expect(append([0], many)).toHaveLength(DEEP + 1);
  });

  it('a loop gathering 200,000 items an iteration', async () => {
    const nodes: NodeConfig[] = [
      { id: 'vpcs', type: 'aws.resource', service: 'EC2', method: 'DescribeVpcs' },
      { id: 'again', type: 'loop', input: 'vpcs', times: 2, feed: 'input', nodes: [{ id: 'same', type: 'formatter', input: 'again', omit: ['x'] }] },
    ];
    const { nodes: all, problems } = checkFlow({ id: 'f', nodes });
    expect(problems).toEqual([]);
    const compiled = compileFlow({ flow: { id: 'f', nodes }, file: 'flows/f.yaml', nodes: all }, {}, { now: NOW, environment: {} });
    const provider = memoryProvider({ 'aws/111111111111/us-east-1': { 'EC2.DescribeVpcs': Array.from({ length: DEEP }, (_, i) => ({ VpcId: `vpc-${i}` })) } });
    const execution = await runFlow(compiled, TARGET, provider, { now: NOW, keepOutputs: true });
    expect(execution.error).toBeUndefined();
    expect(execution.nodes.find((n) => n.id === 'again')!.outputCounts).toEqual({ out: DEEP, all: 2 * DEEP });
  }, 30_000);

  // The files other branches were rewriting (issue 14) had theirs until they landed; all have landed, none is pending.
  const PENDING = new Set<string>([]);
  const SPREAD = /\.(push|unshift)\(\s*\.\.\.|Math\.(max|min)\([^)]*\.\.\.|String\.fromCharCode\(\s*\.\.\./;

  it('none is left in src/ or reporters/', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(join(REPO, dir), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts') && !PENDING.has(path)) {
          readFileSync(join(REPO, path), 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (SPREAD.test(line) && !line.trim().startsWith('*')) offenders.push(`${path}:${i + 1}`);
            });
        }
      }
    };
    walk('src');
    walk('reporters');
    expect(offenders).toEqual([]);
  });
});
