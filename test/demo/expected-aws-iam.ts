import type { DemoExpectation } from './expected.js';

/*
 * Hand-checked demo expectations of the CIS AWS controls of section 2 (IAM, account, organization), in the
 * shape of expected-aws.ts (resources named `<account>/<region> <resource id>`).
 */
export const AWS_IAM_EXPECTED: Record<string, DemoExpectation> = {};

/** Left out by filter nodes or by type, so they have no result at all. */
export const AWS_IAM_ABSENT: string[] = [];
