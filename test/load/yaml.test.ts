import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../src/load/yaml.js';

const text = ['id: f', 'nodes:', '  - id: a', '    type: filter', '    match: { conditions: [{ id: c1, type: param }] }', ''].join('\n');

describe('YAML with positions', () => {
  const parsed = parseYamlFile('f.yaml', text);

  it('parses to plain values', () => {
    expect(parsed.value).toEqual({ id: 'f', nodes: [{ id: 'a', type: 'filter', match: { conditions: [{ id: 'c1', type: 'param' }] } }] });
  });

  it.each([
    [['id'], {}, { line: 1, col: 5 }],
    [['nodes', 0, 'type'], {}, { line: 4, col: 11 }],
    [['nodes', 0, 'type'], { key: true }, { line: 4, col: 5 }],
    [['nodes', 0, 'match', 'conditions', 0, 'type'], {}, { line: 5, col: 43 }],
    [['nodes', 0, 'nope'], {}, { line: 3, col: 5 }], // a missing key: its map
    [['nodes', 7], {}, { line: 3, col: 3 }], // a missing item: its list
  ])('locates %j', (path, options, position) => {
    expect(parsed.locate(path, options)).toEqual(position);
  });

  it('turns syntax errors and duplicate keys into one diagnostic each', () => {
    expect(parseYamlFile('x.yaml', 'a: 1\na: 2\n').diagnostics).toEqual([{ file: 'x.yaml', line: 2, col: 1, code: 'yaml-syntax', message: 'Map keys must be unique' }]);
    expect(parseYamlFile('x.yaml', 'a: [1\nb: 2\n').diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['2:1 yaml-syntax']);
  });

  it('refuses several documents in one file', () => {
    expect(parseYamlFile('x.yaml', 'a: 1\n---\nb: 2\n').diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['2:1 multiple-documents']);
  });
});
