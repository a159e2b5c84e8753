import { describe, expect, it } from 'vitest';
import { buildGraph, parseInputRef } from '../../src/engine/graph.js';
import type { NodeConfig } from '../../src/model/flow.js';
import { findNodeKind } from '../../src/nodes/index.js';

const node = (id: string, type: string, input?: string | string[]): NodeConfig => ({ id, type, ...(input === undefined ? {} : { input }) });
const problems = (nodes: NodeConfig[]) => buildGraph(nodes, findNodeKind).problems.map((p) => `${p.path.join('.')} ${p.code}: ${p.message}`);

describe('flow graph', () => {
  it('orders every node after its inputs, whatever the file order', () => {
    const { graph, problems: found } = buildGraph(
      [node('verdict', 'evaluate', 'both'), node('both', 'joiner', ['a', 'b.matched']), node('b', 'filter', 'a'), node('a', 'aws.resource')],
      findNodeKind,
    );
    expect(found).toEqual([]);
    expect(graph.order).toEqual(['a', 'b', 'both', 'verdict']);
    expect(graph.inputs.get('both')).toEqual([{ node: 'a', port: 'out' }, { node: 'b', port: 'matched' }]);
    expect(graph.inputs.get('verdict')).toEqual([{ node: 'both', port: 'out' }]);
  });

  it('reads node.port inputs', () => {
    expect(parseInputRef('verdict.failed')).toEqual({ node: 'verdict', port: 'failed' });
    expect(parseInputRef('dbs')).toEqual({ node: 'dbs' });
  });

  it.each([
    [[node('a', 'aws.resource'), node('v', 'evaluate', 'x')], ['nodes.1.input unknown-input: "x" names no node of this flow (nodes: a, v)']],
    [[node('a', 'aws.resource'), node('v', 'evaluate', 'a.failed')], ['nodes.1.input unknown-port: "a.failed" (ports of a: out)']],
    [[node('a', 'filter', 'b'), node('b', 'filter', 'a')], ['nodes.0.input cycle: the flow has a cycle: a -> b -> a']],
    [[node('a', 'filter', 'a')], ['nodes.0.input cycle: the flow has a cycle: a -> a']],
    [[node('a', 'aws.resource'), node('a', 'aws.resource')], ['nodes.1.id duplicate-id: node id "a" is used twice']],
    [[node('a', 'aws.resource'), node('v', 'evaluate')], ['nodes.1.id bad-input: a evaluate node takes exactly one input, got 0']],
    [[node('a', 'aws.resource'), node('j', 'joiner', 'a')], ['nodes.1.input bad-input: a joiner node joins two or more inputs, got 1']],
    [[node('a', 'aws.resource'), node('t', 'trigger', 'a')], ['nodes.1.input bad-input: a trigger node takes no input']],
    [[node('a', 'aws.resource'), node('b', 'aws.resource'), node('c', 'aws.resource', ['a', 'b'])], ['nodes.2.input bad-input: a aws.resource node takes at most one input, got 2']],
  ])('reports %j', (nodes, expected) => {
    expect(problems(nodes)).toEqual(expected);
  });
});
