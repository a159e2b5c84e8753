import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileFlow, needsSandbox } from '../../src/engine/compile.js';
import { runFlow, type NodeRecord } from '../../src/engine/run-flow.js';
import { checkFlow } from '../../src/flow/check-flow.js';
import type { LoadedFlow } from '../../src/load/catalog.js';
import type { NodeConfig } from '../../src/model/flow.js';
import { cli } from '../helpers/cli.js';
import { memoryProvider, TARGET, withHttp } from '../helpers/memory-provider.js';
import { NOW } from '../helpers/node-tester.js';

const API = 'https://jobs.example.test';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/** A flow of the given nodes after a manual trigger, loaded as the loader would (problems must be none). */
function load(nodes: NodeConfig[]): LoadedFlow {
  const { nodes: all, problems } = checkFlow({ id: 'f', nodes });
  expect(problems).toEqual([]);
  return { flow: { id: 'f', nodes }, file: 'flows/f.yaml', nodes: all };
}

async function run(nodes: NodeConfig[], environment: Record<string, string> = {}, provider = withHttp(memoryProvider({}), environment)) {
  const compiled = compileFlow(load(nodes), {}, { now: NOW, environment });
  return runFlow(compiled, TARGET, provider, { now: NOW, keepOutputs: true });
}

const poll = (extra: Record<string, unknown>): NodeConfig => ({
  id: 'poll',
  type: 'loop',
  nodes: [{ id: 'status', type: 'http', url: `${API}/jobs/1`, backoffMs: 1 }],
  ...extra,
});

function record(execution: { nodes: NodeRecord[] }, id: string): NodeRecord {
  return execution.nodes.find((n) => n.id === id)!;
}

describe('loop node', () => {
  it('repeats until the exit condition holds, and stops there', async () => {
    const scope = nock(API).get('/jobs/1').reply(200, { state: 'running' }).get('/jobs/1').reply(200, { state: 'running' }).get('/jobs/1').reply(200, { state: 'done', id: 1 });
    const until = { conditions: [{ id: 'c1', type: 'param', key: '$.state', operator: '==', value: 'done' }] };
    const execution = await run([poll({ times: 10, until })]);
    expect(scope.isDone()).toBe(true);
    expect(execution.error).toBeUndefined();
    const loop = record(execution, 'poll');
    expect(loop.output).toEqual({ out: [{ state: 'done', id: 1 }], all: [{ state: 'running' }, { state: 'running' }, { state: 'done', id: 1 }] });
    expect(loop.detail).toMatchObject({ iterations: 3, exitedBy: 'until' });
  });

  it('stops after `times` when the condition never holds', async () => {
    nock(API).get('/jobs/1').times(2).reply(200, { state: 'running' });
    const until = { conditions: [{ id: 'c1', type: 'param', key: '$.state', operator: '==', value: 'done' }] };
    const loop = record(await run([poll({ times: 2, until })]), 'poll');
    expect(loop.detail).toMatchObject({ iterations: 2, exitedBy: 'times' });
    expect(loop.output?.out).toEqual([{ state: 'running' }]);
  });

  it('runs at least once, even when the exit condition already holds for its input', async () => {
    const scope = nock(API).get('/jobs/1').reply(200, { state: 'done' });
    const source: NodeConfig = { id: 'seed', type: 'http', url: `${API}/seed` };
    nock(API).get('/seed').reply(200, { state: 'done' });
    const until = { conditions: [{ id: 'c1', type: 'param', key: '$.state', operator: '==', value: 'done' }] };
    const execution = await run([source, poll({ input: 'seed', until })]);
    expect(scope.isDone()).toBe(true);
    expect(record(execution, 'poll').detail).toMatchObject({ iterations: 1, exitedBy: 'until' });
  });

  it("feeds each iteration's output to the next (a cursor walk), `times` times", async () => {
    nock(API).get('/seed').reply(200, { next: 'a' }).get('/step/a').reply(200, { next: 'b' }).get('/step/b').reply(200, { next: 'c' }).get('/step/c').reply(200, { next: 'd' });
    const walk: NodeConfig = {
      id: 'walk',
      type: 'loop',
      input: 'seed',
      times: 3,
      nodes: [{ id: 'step', type: 'http', input: 'walk', perItem: true, url: `${API}/step/{{next}}` }],
    };
    const loop = record(await run([{ id: 'seed', type: 'http', url: `${API}/seed` }, walk]), 'walk');
    expect(loop.output).toEqual({ out: [{ next: 'd' }], all: [{ next: 'b' }, { next: 'c' }, { next: 'd' }] });
  });

  it('with feed: input, gives every iteration the same input; when: any ends on one match', async () => {
    nock(API).get('/seed').reply(200, [{ id: 'x' }, { id: 'y' }]);
    const scope = nock(API).get('/check/x').reply(200, { ok: false }).get('/check/y').reply(200, { ok: false }).get('/check/x').reply(200, { ok: false }).get('/check/y').reply(200, { ok: true });
    const check: NodeConfig = {
      id: 'check',
      type: 'loop',
      input: 'seed',
      feed: 'input',
      times: 5,
      until: { when: 'any', conditions: [{ id: 'c1', type: 'param', key: '$.ok', operator: '==', value: true }] },
      nodes: [{ id: 'probe', type: 'http', input: 'check', perItem: true, url: `${API}/check/{{id}}` }],
    };
    const loop = record(await run([{ id: 'seed', type: 'http', url: `${API}/seed` }, check]), 'check');
    expect(scope.isDone()).toBe(true);
    expect(loop.detail).toMatchObject({ iterations: 2, exitedBy: 'until' });
  });

  it('takes its result from the `output` node and port', async () => {
    nock(API).get('/jobs/1').reply(200, [{ state: 'done' }, { state: 'failed' }]);
    const loop = poll({
      times: 1,
      output: 'ok.unmatched',
      nodes: [
        { id: 'status', type: 'http', url: `${API}/jobs/1` },
        { id: 'ok', type: 'filter', input: 'status', match: { conditions: [{ id: 'c1', type: 'param', key: '$.state', operator: '==', value: 'done' }] } },
      ],
    });
    expect(record(await run([loop]), 'poll').output?.out).toEqual([{ state: 'failed' }]);
  });

  it('fails naming the iteration and the body node; a cloud read keeps its error code', async () => {
    nock(API).get('/jobs/1').reply(200, { state: 'running' }).get('/jobs/1').reply(404);
    const failing = await run([poll({ times: 3 })]);
    expect(failing.error).toEqual({ nodeId: 'poll', code: 'node-failed', message: expect.stringContaining('node "poll" (loop) failed: iteration 2: node "status" (http) failed: GET https://jobs.example.test/jobs/1 answered 404') });

    const read = await run([{ id: 'again', type: 'loop', times: 2, nodes: [{ id: 'vpcs', type: 'aws.resource', service: 'EC2', method: 'DescribeVpcs' }] }]);
    expect(read.error).toMatchObject({ nodeId: 'again', code: 'NotRecorded', message: expect.stringContaining('iteration 1: NotRecorded: no EC2.DescribeVpcs') });
  });

  it("records each iteration's nodes in history, with a body node's credentials as *****", async () => {
    nock(API).get('/jobs/1').reply(200, { state: 'done' });
    const loop = poll({ times: 1, nodes: [{ id: 'status', type: 'http', url: `${API}/jobs/1`, auth: { bearer: '${env:JOB_TOKEN}' } }] });
    const execution = await run([loop], { JOB_TOKEN: 'tok-123' });
    const shown = record(execution, 'poll');
    expect(JSON.stringify(execution)).not.toContain('tok-123');
    expect((shown.config.nodes as NodeConfig[])[0]!.auth).toBe('*****');
    expect(shown.detail).toMatchObject({ runs: [{ iteration: 1, outputCount: 1, nodes: [{ id: 'status', status: 'succeeded', outputCounts: { out: 1 } }] }] });
  });
});

it('loads the sandbox for user code inside a loop body', () => {
  const custom = { id: 'js', type: 'custom', input: 'l', code: 'return items' };
  expect(needsSandbox([load([{ id: 'l', type: 'loop', times: 1, nodes: [custom] }])])).toBe(true);
  expect(needsSandbox([load([poll({ times: 1 })])])).toBe(false);
});

describe('loop node config', () => {
  const problems = (nodes: unknown[]) => checkFlow({ id: 'f', nodes }).problems.map((p) => `${p.path.join('.')} ${p.code}`);
  const body = [{ id: 'status', type: 'http', url: `${API}/jobs/1` }];

  it('needs times or until, and at most 10 iterations', () => {
    expect(problems([{ id: 'l', type: 'loop', nodes: body }])).toEqual(['nodes.0 missing-key']);
    expect(problems([{ id: 'l', type: 'loop', times: 11, nodes: body }])).toEqual(['nodes.0.times bad-value']);
  });

  it('checks the body nodes against their kinds, with paths into the body', () => {
    expect(problems([{ id: 'l', type: 'loop', times: 2, nodes: [{ id: 'status', type: 'http', url: 'x', methd: 'GET' }] }])).toEqual(['nodes.0.nodes.0.methd unknown-key']);
    expect(problems([{ id: 'l', type: 'loop', times: 2, nodes: [{ id: 's', type: 'htp' }] }])).toEqual(['nodes.0.nodes.0.type unknown-node-type']);
  });

  it('checks the body graph: inputs name the loop or body nodes, ids not the loop\'s own', () => {
    expect(problems([{ id: 'l', type: 'loop', times: 2, nodes: [{ id: 'f2', type: 'formatter', input: 'outer', flatten: '$.x[*]' }] }])).toEqual(['nodes.0.nodes.0.input unknown-input']);
    expect(problems([{ id: 'l', type: 'loop', times: 2, nodes: [{ id: 'l', type: 'http', url: `${API}/x` }] }])).toEqual(['nodes.0.nodes.0.id duplicate-id']);
  });

  it('refuses an evaluate or trigger in the body, and an output naming no body node', () => {
    const evaluate = { id: 'v', type: 'evaluate', input: 'l', fail_if: { conditions: [{ id: 'c1', type: 'param', key: '$.a', operator: 'exists' }] }, evidence: { resourceId: '$.a' } };
    expect(problems([{ id: 'l', type: 'loop', times: 2, nodes: [evaluate] }])).toEqual(['nodes.0.nodes.0.type bad-node']);
    const messages = (nodes: unknown[]) => checkFlow({ id: 'f', nodes: [{ id: 'l', type: 'loop', times: 2, nodes }] }).problems.map((p) => `${p.path.join('.')} ${p.message}`);
    expect(messages([{ ...evaluate, type: 'totalcloud' }, { id: 't', type: 'trigger', on: 'manual' }, { id: 'a', type: 'aws.action', input: 'l', service: 'EC2', method: 'CreateTags' }])).toEqual([
      "nodes.0.nodes.0.type a totalcloud node cannot repeat inside a loop: evaluate the loop's output after the loop instead",
      'nodes.0.nodes.1.type a trigger node cannot repeat inside a loop: the flow has one trigger',
      'nodes.0.nodes.2.type a aws.action node cannot repeat inside a loop: an action acts on the failed port of an evaluate node, after the loop',
    ]);
    expect(problems([{ id: 'l', type: 'loop', times: 2, output: 'nope', nodes: body }])).toEqual(['nodes.0.output unknown-input']);
  });

  it('reports body mistakes at their line through ctrlflow validate', async () => {
    const { code, stderr } = await cli('validate', 'test/fixtures/invalid-loop');
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([
      'test/fixtures/invalid-loop/loop-flow.yaml:7:9 error missing-key: missing required key "url"',
      'test/fixtures/invalid-loop/loop-flow.yaml:9:9 error unknown-key: unknown key "urll" (did you mean "url"?)',
      'test/fixtures/invalid-loop/loop-flow.yaml:11:16 error unknown-input: "groups" names no node of this loop (nodes: poll, status, check)',
    ]);
  });
});
