import { date } from './date.js';
import { functionCondition } from './function.js';
import { networkAcl } from './network-acl.js';
import { param } from './param.js';
import { securityGroup } from './security-group.js';
import { tags } from './tags.js';
import type { ConditionConfig, ConditionKind, ConditionTest } from './types.js';

// Each kind narrows its config type; the table holds them all as the general kind.
/** THE table of condition types, sorted by type. A new type is one module and one line here. */
export const CONDITION_KINDS: readonly ConditionKind<ConditionConfig, ConditionTest>[] = [
  date,
  functionCondition,
  networkAcl,
  param,
  securityGroup,
  tags,
] as unknown as ConditionKind<ConditionConfig, ConditionTest>[];

export function findConditionKind(type: string): ConditionKind<ConditionConfig, ConditionTest> | undefined {
  return CONDITION_KINDS.find((k) => k.type === type);
}
