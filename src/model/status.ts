/** A result's status, worst first. */
export const STATUSES = ['FAIL', 'ERROR', 'EXCEPTED', 'PASS'] as const;
export type Status = (typeof STATUSES)[number];

/** How a control came out overall. NO_RESOURCES: nothing of its type was found (not applicable). */
export type ControlStatus = Status | 'NO_RESOURCES';
