import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../src/load/yaml.js';

const text = [
  'id: f', //                                                   line 1
  'nodes:', //                                                  line 2
  '  - id: a', //                                               line 3
  '    type: filter', //                                        line 4
  '    match: { conditions: [{ id: c1, type: param }] }', //    line 5
  '    name:', //                                               line 6: a key without a value
  '',
].join('\n');

const at = (list: { line: number; col: number; code: string }[]) => list.map((d) => `${d.line}:${d.col} ${d.code}`);

describe('YAML with positions', () => {
  const parsed = parseYamlFile('f.yaml', text);

  it('parses to plain values', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual({ id: 'f', nodes: [{ id: 'a', type: 'filter', match: { conditions: [{ id: 'c1', type: 'param' }] }, name: null }] });
  });

  it.each([
    [['id'], {}, { line: 1, col: 5 }], // a value
    [['id'], { key: true }, { line: 1, col: 1 }], // its key
    [['nodes'], {}, { line: 3, col: 3 }], // a list starts at its first dash
    [['nodes', 0], {}, { line: 3, col: 5 }], // a list item: the map after the dash
    [['nodes', 0, 'type'], {}, { line: 4, col: 11 }],
    [['nodes', 0, 'type'], { key: true }, { line: 4, col: 5 }], // an unknown key is shown at its name
    [['nodes', 0, 'match', 'conditions', 0, 'type'], {}, { line: 5, col: 43 }], // inside { } and [ ]
    [['nodes', 0, 'match', 'conditions', 0], {}, { line: 5, col: 27 }],
    [['nodes', 0, 'name'], {}, { line: 6, col: 5 }], // no value: its key
    [['nodes', 0, 'nope'], {}, { line: 3, col: 5 }], // a missing key: its map
    [['nodes', 0, 'nope'], { key: true }, { line: 3, col: 5 }], // …not the key of its parent
    [['nodes', 7], {}, { line: 3, col: 3 }], // a missing item: its list
    [['nodes', 'x'], {}, { line: 3, col: 3 }], // a key asked of a list: the list
    [[], {}, { line: 1, col: 1 }], // the document
  ])('locates %j %j', (path, options, position) => {
    expect(parsed.locate(path, options)).toEqual(position);
  });

  it('locates numeric map keys, as in compliance ids', () => {
    expect(parseYamlFile('c.yaml', 'compliance:\n  1: [a]\n').locate(['compliance', '1'], { key: true })).toEqual({ line: 2, col: 3 });
  });

  it('turns the first syntax error into one diagnostic at its position', () => {
    expect(at(parseYamlFile('x.yaml', 'a: [1\nb: 2\n').diagnostics)).toEqual(['2:1 yaml-syntax']);
    expect(at(parseYamlFile('x.yaml', 'a: 1\n\tb: 2\n').diagnostics)).toEqual(['2:1 yaml-syntax']);
    expect(parseYamlFile('x.yaml', 'a: [1\nb: 2\n').value).toBeNull();
  });

  it('refuses duplicate keys, naming the key', () => {
    expect(parseYamlFile('x.yaml', 'a: 1\nm:\n  "b c": 1\n  "b c": 2\n').diagnostics).toEqual([
      { file: 'x.yaml', line: 4, col: 3, code: 'yaml-syntax', message: 'duplicate key "b c" (map keys must be unique)' },
    ]);
  });

  it('points at an unquoted JSONPath wildcard and says to quote it', () => {
    const [d] = parseYamlFile('x.yaml', 'id: x\nkeys: [$.a, $.b[*].c]\n').diagnostics;
    expect(d).toMatchObject({ line: 2, col: 16, code: 'yaml-syntax' }); // the [ of [*]
    expect(d?.message).toContain('must be quoted');
    // `*name` without an anchor parses, then fails to resolve: still at the alias.
    const [alias] = parseYamlFile('x.yaml', 'id: x\nkeys: [$.a, *foo]\n').diagnostics;
    expect(alias).toMatchObject({ line: 2, col: 13, code: 'yaml-syntax' });
  });

  it('refuses several documents in one file', () => {
    expect(at(parseYamlFile('x.yaml', 'a: 1\n---\nb: 2\n').diagnostics)).toEqual(['2:1 multiple-documents']);
  });

  it('reads an empty file as null, without a diagnostic', () => {
    const empty = parseYamlFile('x.yaml', '');
    expect(empty).toMatchObject({ value: null, diagnostics: [] });
    expect(empty.locate(['id'])).toEqual({ line: 1, col: 1 });
  });
});
