import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markAgainst } from '../../src/engine/baseline.js';
import { exceptionRules } from '../../src/engine/exceptions.js';
import { resultsOf } from '../../src/engine/results.js';
import type { FlowExecution } from '../../src/engine/run-flow.js';
import type { ActionRecord } from '../../src/model/action.js';
import { RESULTS_SCHEMA_V2 } from '../../src/model/report-schema.js';
import { STATUSES, type Match, type Result } from '../../src/model/result.js';
import type { Verdict } from '../../src/nodes/types.js';
import { REPO } from '../helpers/cli.js';
import { resultSchemaProblems } from '../helpers/results-schema.js';

const published = JSON.parse(readFileSync(join(REPO, 'schemas', 'results.schema.json'), 'utf8')) as unknown;

describe('schemas/results.schema.json', () => {
  it('is the schema src/model/report-schema.ts builds from the model types (regenerate with npm run schema)', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(RESULTS_SCHEMA_V2)));
  });
});

describe('results the engine builds', () => {
  // Built by the engine's own code (resultsOf, exception rules, baseline marks), typed by the model's Result, then
  // written as JSON: each must be a `result` of the published schema, at both evidence levels.
  const problems = (r: unknown) => resultSchemaProblems(JSON.parse(JSON.stringify(r)));

  const TIME = '2026-11-01T10:00:00.000Z';
  const target = { provider: 'aws', account: '111122223333', region: 'eu-west-1' } as const;
  const execution = (verdicts: Verdict[], error?: FlowExecution['error']): FlowExecution => ({
    executionId: 'exec-1', flowId: 'rds-public', file: 'flows/rds-public.yaml', target, status: error ? 'failed' : 'succeeded',
    startedAt: TIME, finishedAt: TIME, durationMs: 3, nodes: [], verdicts, actions: [], artifacts: [], ...(error ? { error } : {}),
  });
  const match: Match = { condition: 'c1', type: 'param', text: '$.PubliclyAccessible == true (seen: true)', key: '$.PubliclyAccessible', operator: '==', expected: true, seen: true };
  const verdicts: Verdict[] = [
    { status: 'PASS', resourceId: 'db-1', displayName: 'one', evidence: { '$.PubliclyAccessible': false }, matches: [] },
    { status: 'FAIL', resourceId: 'db-2', evidence: { '$.PubliclyAccessible': true }, matches: [match] },
    { status: 'FAIL', resourceId: 'db-3', evidence: { '$.PubliclyAccessible': true }, matches: [match] },
    { status: 'ERROR', resourceId: 'db-4', evidence: {}, matches: [], error: { code: 'AccessDenied', message: 'not allowed to read db-4' } },
  ];
  const planned: ActionRecord = {
    node: 'fix', name: 'make private', status: 'planned', approval: 'required',
    calls: [{ step: 'step1', via: 'aws', service: 'RDS', method: 'ModifyDBInstance', params: { DBInstanceIdentifier: 'db-3', PubliclyAccessible: false } }],
  };

  function built(level: 'findings' | 'full'): Result[] {
    const rules = exceptionRules([{ control: 'AWS-RDS-*', resource: 'db-2', reason: 'accepted', owner: 'ops', expires: '2099-01-01', source: 'exceptions.yaml:2' }], new Date(TIME));
    const baseline = { file: 'old.json', scanId: 'old', fails: new Map() };
    const results = resultsOf('AWS-RDS-001', execution(verdicts), level).map((r) => markAgainst(baseline, rules.apply(r)));
    results[2]!.actions = [planned];
    const failed = resultsOf('AWS-RDS-001', execution([], { nodeId: 'instances', code: 'AccessDenied', message: 'rds:DescribeDBInstances denied' }), level);
    return [...results, ...failed];
  }

  it.each(['findings', 'full'] as const)('conform to the published result schema, every status (evidence %s)', (level) => {
    const results = built(level);
    expect(results.map((r) => r.status)).toEqual(['PASS', 'EXCEPTED', 'FAIL', 'ERROR', 'ERROR']);
    expect([...new Set(results.map((r) => r.status))].sort()).toEqual([...STATUSES].sort());
    expect(results.map(problems)).toEqual([[], [], [], [], []]);
  });

  it('and a result the schema does not describe is refused', () => {
    const [, , fail] = built('findings');
    expect(problems({ ...fail!, baseline: 'gone' })).toEqual(['/baseline must be equal to one of the allowed values']);
  });
});
