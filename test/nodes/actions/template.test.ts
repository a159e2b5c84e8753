import { describe, expect, it } from 'vitest';
import { checkTemplates, compileValue, templates } from '../../../src/nodes/actions/template.js';

const codes = (value: unknown) => checkTemplates(value, ['v']).map((p) => `${p.path.join('.')} ${p.code}`);

describe('checkTemplates', () => {
  it('passes text with plain mustaches, which it does not compile', () => {
    expect(codes(['{{GroupId}}', '{{@matches.world.rules}}', '{{{a.b}}}', 'arn:aws:iam::{{@account}}:root', '{{@control}}: {{Name.0.x}} is open', 'no template'])).toEqual([]);
  });

  it('leaves to the compiler what handlebars reads otherwise: a last segment of digits or a literal, a later this, else, @ before a literal', () => {
    expect(codes({ index: '{{a.0}}', lit: 'x {{{a.b.true}}} y', self: '{{a.this}}', keyword: '{{else.a}}', data: '{{@null}}' })).toEqual(['v.index bad-template', 'v.lit bad-template', 'v.self bad-template', 'v.keyword bad-template', 'v.data bad-template']);
  });

  it('passes a path only when handlebars parses it', () => {
    const segments = ['a', '0', '12', 'true', 'null', 'undefined', 'else', 'this', 'as', '$y'];
    const hb = templates();
    for (const a of segments) {
      for (const b of segments) {
        for (const text of [`{{${a}.${b}}}`, `{{{@${a}.${b}.x}}}`, `x {{${a}}} {{@${b}}}`]) {
          let parses = true;
          try {
            hb.precompile(text, { strict: false });
          } catch {
            parses = false;
          }
          expect([text, codes(text)]).toEqual([text, parses ? [] : ['v bad-template']]);
        }
      }
    }
  });

  it('compiles anything else, and names what does not compile', () => {
    expect(codes({ else: '{{else}}', brace: '{{a}}}', open: '{{@account:root', parent: '{{a/../b}}', block: '{{#if x}}y{{/if}}', helper: '{{json a}}' })).toEqual([
      'v.else bad-template',
      'v.brace bad-template',
      'v.open bad-template',
      'v.parent bad-template',
    ]);
  });
});

describe('compileValue on plain text', () => {
  // Rendered without handlebars: each must come out as handlebars renders it.
  const texts = ['{{a}}/x', 'x{{n}}{{m}}', '{{{n}}}{{m}}', '{{arr.[0]}} (p {{o.x.y}})', '{{arr.length}}:{{s.length}}', '{{arr}}|{{o}}|{{nul}}|{{nul.x}}|{{t}}', '{{@control}}: {{a}} {{@nope}}', '{{own.constructor}}.', '{{arr.map}}.', '{{toString}}.', '{{json}}.', '{{this.a}}.', '{{@root.a}}.'];
  const items = [{ a: 'A', n: 1, m: 2, arr: [1, 'two'], o: { x: { y: 'Y' } }, s: 'str', nul: null, t: true, own: { constructor: 'C' } }, null, {}, 'text'];
  const hb = templates();
  it.each(texts)('%s', (text) => {
    for (const item of items) {
      const data = { control: 'C-1' };
      expect(compileValue(text)(item, data)).toEqual(hb.compile(text, { noEscape: true, strict: false })(item, { data }));
    }
  });

  it('keeps a lone path as its value', () => {
    expect(compileValue('{{arr.[1]}}')({ arr: [1, [2]] }, {})).toEqual([2]);
  });
});
