import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import { readScoped } from '../events/scope.js';
import { AWS_ADDONS, findAwsAddon } from './addons/aws.js';
import type { NodeKind } from './types.js';

/** Fetch one AWS service's resources with one API method (QFlow "AWS Resource"). */
export interface AwsResourceConfig extends NodeConfig {
  service: string;
  method: string;
  params?: Record<string, unknown>;
  addons?: string[];
}

export const awsResource: NodeKind<AwsResourceConfig> = {
  type: 'aws.resource',
  summary: 'fetch AWS resources with one read call (service + method + params), with addons',
  outputs: ['out'],
  inputs: 'optional',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'service', 'method'],
    properties: {
      ...commonNodeProperties,
      service: { type: 'string', pattern: '^[A-Za-z0-9]+$' },
      method: { type: 'string', pattern: '^(Describe|List|Get|Select)[A-Za-z0-9]+$' },
      params: { type: 'object' },
      addons: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    },
  },
  check(config) {
    const problems: Problem[] = [];
    const call = `${config.service}.${config.method}`;
    (config.addons ?? []).forEach((name, i) => {
      const addon = findAwsAddon(name);
      if (!addon) {
        const known = AWS_ADDONS.map((a) => a.name).join(', ');
        problems.push({ path: ['addons', i], code: 'unknown-addon', message: `unknown addon "${name}" (addons: ${known})` });
      } else if (!addon.appliesTo.includes(call)) {
        problems.push({
          path: ['addons', i],
          code: 'unknown-addon',
          message: `addon "${name}" does not apply to ${call} (it applies to ${addon.appliesTo.join(', ')})`,
        });
      }
    });
    return problems;
  },
  compile(config) {
    const call = { service: config.service, method: config.method, params: config.params ?? {} };
    const addons = (config.addons ?? []).map((name) => findAwsAddon(name)!);
    return async (_inputs, ctx) => {
      let items = await readScoped(ctx, call);
      for (const addon of addons) {
        items = addon.join(items, await ctx.provider.list(ctx.target, addon.related));
      }
      return { ports: { out: items } };
    };
  },
};
