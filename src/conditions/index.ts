import { date } from './date.js';
import { functionCondition } from './function.js';
import { networkAcl } from './network-acl.js';
import { param } from './param.js';
import { securityGroup } from './security-group.js';
import { tags } from './tags.js';
import type { ConditionConfig, ConditionKind, ConditionTest } from './types.js';

/** THE table of condition types, sorted by type. A new type is one module and one line here. */
export const CONDITION_KINDS = [
  date,
  functionCondition,
  networkAcl,
  param,
  securityGroup,
  tags,
] as const satisfies readonly ConditionKind<ConditionConfig, ConditionTest>[];

export function findConditionKind(type: string): ConditionKind<ConditionConfig, ConditionTest> | undefined {
  return CONDITION_KINDS.find((k) => k.type === type);
}
