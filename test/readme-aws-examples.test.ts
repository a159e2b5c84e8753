import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkFlow } from '../src/flow/check-flow.js';
import { REPO } from './helpers/cli.js';

/**
 * The flows in the README's "AWS reads" section are valid (against the installed SDK too),
 * and each is the flow of test/fixtures/aws-reach that test/providers/aws-global.test.ts runs
 * live and from its snapshot: README `aws-X-example` is fixture `test-X`, node for node.
 */
const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### AWS reads'), readme.indexOf('## Live inventory'));
const examples = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as { id: string; nodes: unknown[] });

describe('README: AWS reads examples', () => {
  it('has the four example flows', () => {
    expect(examples.map((e) => e.id)).toEqual(['aws-cloudtrail-multi-region-example', 'aws-s3-public-access-block-example', 'aws-iam-root-keys-example', 'aws-iam-password-policy-example']);
  });

  it.each(examples.map((e) => [e.id, e] as const))('%s is valid and is the flow the end-to-end test runs', (id, example) => {
    expect(checkFlow(example, { runtime: true }).problems).toEqual([]);
    const fixture = parse(readFileSync(join(REPO, 'test/fixtures/aws-reach/flows', `${id.replace(/^aws-/, 'test-').replace(/-example$/, '')}.yaml`), 'utf8')) as { nodes: unknown[] };
    expect(example.nodes).toEqual(fixture.nodes);
  });
});
