import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNodeKind, NODE_KINDS } from '../../src/nodes/index.js';
import { REPO } from '../helpers/cli.js';

const stem = (type: string) => type.replace('.', '-');
/** Modules beside the kinds that are not kinds: the table, the types, and the per-item read machinery the cloud kinds share. */
const NOT_KINDS = ['index', 'types', 'per-item'];
const filesIn = (dir: string) =>
  readdirSync(join(REPO, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/(\.test)?\.ts$/, ''));

describe('the node table', () => {
  it('is sorted, and table, modules and tests agree', () => {
    const types = NODE_KINDS.map((k) => k.type);
    expect(types).toEqual([...types].sort());
    expect(filesIn('src/nodes').filter((f) => !NOT_KINDS.includes(f)).sort()).toEqual(types.map(stem).sort());
    expect(filesIn('test/nodes').filter((f) => !NOT_KINDS.includes(f)).sort()).toEqual(types.map(stem).sort());
  });

  it('finds kinds by type and alias', () => {
    expect(findNodeKind('totalcloud')).toBe(findNodeKind('evaluate'));
    expect(findNodeKind('nope')).toBeUndefined();
  });

  it('gives each kind the role the engine asks for instead of its name', () => {
    const byRole = (role: string) => NODE_KINDS.filter((k) => k.role === role).map((k) => k.type);
    expect(byRole('trigger')).toEqual(['trigger']);
    expect(byRole('verdict')).toEqual(['evaluate']);
    expect(byRole('action')).toEqual(['aws.action', 'azure.action', 'gcp.action', 'http.action']);
    expect(byRole('source')).toEqual(['aws.config', 'aws.resource', 'azure.arm', 'azure.graph', 'azure.resource', 'gcp.resource', 'gcp.rest', 'http']);
    expect(byRole('transform')).toEqual(['custom', 'filter', 'formatter', 'joiner', 'loop', 'report']);
  });
});
