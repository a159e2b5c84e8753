import { describe, expect, it } from 'vitest';
import { checkTemplates } from '../../../src/nodes/actions/template.js';

const codes = (value: unknown) => checkTemplates(value, ['v']).map((p) => `${p.path.join('.')} ${p.code}`);

describe('checkTemplates', () => {
  it('passes text with plain mustaches, which it does not compile', () => {
    expect(codes(['{{GroupId}}', '{{@matches.world.rules}}', '{{{a.b}}}', 'arn:aws:iam::{{@account}}:root', '{{@control}}: {{Name.0.x}} is open', 'no template'])).toEqual([]);
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
