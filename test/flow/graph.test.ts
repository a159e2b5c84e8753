import { describe, expect, it } from 'vitest';
import { buildGraph, parseInputRef } from '../../src/flow/graph.js';
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
    [[node('a', 'aws.resource'), node('b', 'aws.resource'), node('j', 'joiner', ['a', 'x', 'b.nope'])], [
      'nodes.2.input.1 unknown-input: "x" names no node of this flow (nodes: a, b, j)',
      'nodes.2.input.2 unknown-port: "b.nope" (ports of b: out)',
    ]],
    [[node('a', 'filter', 'c'), node('b', 'filter', 'a'), node('c', 'filter', 'b')], ['nodes.0.input cycle: the flow has a cycle: a -> c -> b -> a']],
    // A node of an unknown kind is reported by the loader; the graph neither checks its ports nor its arity.
    [[node('a', 'aws.resourcez'), node('v', 'evaluate', 'a.whatever'), node('w', 'nope', ['a', 'v'])], []],
  ])('reports %j', (nodes, expected) => {
    expect(problems(nodes)).toEqual(expected);
  });

  it('reports every problem at once: duplicate ids, then each node\'s inputs in file order, then a cycle', () => {
    const nodes = [node('a', 'filter', 'b'), node('b', 'filter', 'a'), node('g', 'aws.resource'), node('g', 'aws.resource'), node('v', 'evaluate', 'gone'), node('j', 'joiner', 'b')];
    expect(problems(nodes)).toEqual([
      'nodes.3.id duplicate-id: node id "g" is used twice',
      'nodes.4.input unknown-input: "gone" names no node of this flow (nodes: a, b, g, v, j)',
      'nodes.5.input bad-input: a joiner node joins two or more inputs, got 1',
      'nodes.0.input cycle: the flow has a cycle: a -> b -> a',
    ]);
  });

  it('orders a diamond with each node once', () => {
    const nodes = [node('a', 'aws.resource'), node('j', 'joiner', ['l', 'r']), node('l', 'filter', 'a'), node('r', 'filter', 'a.out')];
    const { graph, problems: found } = buildGraph(nodes, findNodeKind);
    expect(found).toEqual([]);
    expect(graph.order).toEqual(['a', 'l', 'r', 'j']);
  });
});
