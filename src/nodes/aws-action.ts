import { actionKind } from './actions/common.js';

/**
 * QFlow "AWS Action": any write method of the supported SDK clients (EC2, RDS, Config) by
 * name, with templated params, per failing resource: `RDS ModifyDBInstance
 * { DBInstanceIdentifier: "{{DBInstanceIdentifier}}", PubliclyAccessible: false }`.
 */
const READ = /^(Describe|List|Get|Select)/;

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
    method: { type: 'string', pattern: '^(Describe|List|Get)[A-Za-z0-9]+$' },
    params: { type: 'object' },
  },
  toCall: (step) => ({ service: String(step.service), method: String(step.method), params: (step.params as Record<string, unknown> | undefined) ?? {} }),
  toRead: (reuse, step) => ({ service: String(reuse.service ?? step.service), method: String(reuse.method), params: (reuse.params as Record<string, unknown> | undefined) ?? {} }),
  checkStep(step) {
    if (typeof step.method === 'string' && READ.test(step.method)) {
      return [{ path: ['method'], code: 'bad-node', message: `${String(step.method)} is a read: an action makes a write call (read with aws.resource, or in reuse:)` }];
    }
    if (step.reuse && (step.reuse as { method?: unknown }).method === undefined) return [{ path: ['reuse'], code: 'missing-key', message: 'reuse needs method (a Describe/List/Get call)' }];
    return [];
  },
});
