import type { DemoExpectation } from './expected.js';

/*
 * Hand-checked demo expectations of the CIS AWS controls of sections 3 to 6 (storage, logging, monitoring, networking), in the
 * shape of expected-aws.ts (resources named `<account>/<region> <resource id>`).
 */
export const AWS_REST_EXPECTED: Record<string, DemoExpectation> = {};

/** Left out by filter nodes or by type, so they have no result at all. */
export const AWS_REST_ABSENT: string[] = [];
