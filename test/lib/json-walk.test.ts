import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/lib/canonical-json.js';
import { JsonDepthError, MAX_WALK_DEPTH } from '../../src/lib/json-limits.js';
import { collectJson, foldJson, mapJsonLeaves } from '../../src/lib/json-walk.js';

describe('the one JSON walker', () => {
  it('folds bottom up, members in order, with each part’s path', () => {
    const seen: string[] = [];
    const shown = foldJson<string>(
      { a: [1, 'x'], b: { c: null } },
      {
        leaf: (v, path) => (seen.push(`leaf ${path.join('.')}`), JSON.stringify(v)),
        array: (members, path) => (seen.push(`array ${path.join('.')}`), `[${members.join(' ')}]`),
        object: (members, path) => (seen.push(`object ${path.join('.')}`), `{${members.map(([k, m]) => `${k}=${m}`).join(' ')}}`),
      },
    );
    expect(shown).toBe('{a=[1 "x"] b={c=null}}');
    expect(seen).toEqual(['leaf a.0', 'leaf a.1', 'array a', 'leaf b.c', 'object b', 'object ']);
  });

  it('starts from a given path, and a scalar is one leaf', () => {
    expect(collectJson({ k: 'v' }, (v, path) => [`${path.join('/')}:${String(v)}`], ['params'])).toEqual(['params/k:v']);
    expect(collectJson('alone', (v, path) => [[v, path]])).toEqual([['alone', []]]);
  });

  it('maps leaves and keeps the shape', () => {
    expect(mapJsonLeaves({ a: ['x', 2], b: { c: 'y' }, d: null }, (v) => (typeof v === 'string' ? v.toUpperCase() : v))).toEqual({
      a: ['X', 2],
      b: { c: 'Y' },
      d: null,
    });
  });

  it('stops past MAX_WALK_DEPTH, counting the path it starts from', () => {
    let deep: unknown = 1;
    for (let i = 0; i <= MAX_WALK_DEPTH; i += 1) deep = [deep];
    expect(collectJson(deep, () => [1])).toEqual([1]); // the deepest container entered at depth MAX_WALK_DEPTH
    expect(() => collectJson([deep], () => [1])).toThrow(new JsonDepthError(MAX_WALK_DEPTH));
    expect(() => collectJson(deep, () => [1], ['params', 'x'])).toThrow(new JsonDepthError(MAX_WALK_DEPTH));
  });

  it('canonical JSON: keys sorted at every depth, undefined left out of objects and null in arrays', () => {
    expect(canonicalJson({ b: 1, a: { d: [undefined, 2], c: undefined } })).toBe('{"a":{"d":[null,2]},"b":1}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('x')).toBe('"x"');
  });
});
