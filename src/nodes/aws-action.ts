import type { Problem } from '../model/problem.js';
import { checkAwsCallInstalled } from '../providers/aws/installed.js';
import { READ_METHOD, READ_METHOD_PATTERN } from '../providers/aws/names.js';
import { actionKind } from './actions/common.js';
import { append } from '../model/append.js';

/**
 * QFlow "AWS Action": any write method of any AWS SDK v3 client by name (the service as in
 * aws.resource), with templated params, per failing resource: `RDS ModifyDBInstance
 * { DBInstanceIdentifier: "{{DBInstanceIdentifier}}", PubliclyAccessible: false }`.
 */
const plain = (v: unknown): v is string => typeof v === 'string' && !v.includes('{{');

export const awsAction = actionKind('aws.action', 'plan (or with --remediate, make) an AWS write call per failing resource: service + method + templated params, or steps', {
  via: 'aws',
  callProperties: {
    service: { type: 'string', pattern: '^[A-Za-z0-9]+$' },
    method: { type: 'string', pattern: '^[A-Z][A-Za-z0-9]+$' },
    params: { type: 'object' },
  },
  requiredCall: ['service', 'method'],
  reuseProperties: {
    service: { type: 'string', pattern: '^[A-Za-z0-9]+$' },
    method: { type: 'string', pattern: READ_METHOD_PATTERN },
    params: { type: 'object' },
  },
  toCall: (step) => ({ service: String(step.service), method: String(step.method), params: (step.params as Record<string, unknown> | undefined) ?? {} }),
  toRead: (reuse, step) => ({ service: String(reuse.service ?? step.service), method: String(reuse.method), params: (reuse.params as Record<string, unknown> | undefined) ?? {} }),
  checkStep(step) {
    if (typeof step.method === 'string' && READ_METHOD.test(step.method)) {
      return [{ path: ['method'], code: 'bad-node', message: `${String(step.method)} is a read: an action makes a write call (read with aws.resource, or in reuse:)` }];
    }
    if (step.reuse && (step.reuse as { method?: unknown }).method === undefined) return [{ path: ['reuse'], code: 'missing-key', message: 'reuse needs method (a Describe/List/Get call)' }];
    return [];
  },
  checkStepRuntime(step) {
    const problems: Problem[] = [];
    if (plain(step.service) && plain(step.method)) append(problems, checkAwsCallInstalled(step.service, step.method, { items: true }));
    const reuse = step.reuse as { service?: unknown; method?: unknown } | undefined;
    const service = reuse?.service ?? step.service;
    if (reuse && plain(service) && plain(reuse.method)) append(problems, checkAwsCallInstalled(service, reuse.method, { items: true }).map((p) => ({ ...p, path: ['reuse', ...p.path] })));
    return problems;
  },
});
