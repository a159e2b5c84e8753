/** Exit codes of DESIGN.md. When several apply: BAD_INPUT, then UNREADABLE, then FAILED, then OK. */
export const EXIT = {
  OK: 0,
  FAILED: 1,
  BAD_INPUT: 2,
  UNREADABLE: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
