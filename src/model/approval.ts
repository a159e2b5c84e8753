/**
 * A sign-off for an `approval: required` action: with `--approvals FILE`, that control's
 * actions on that resource may run. Who approved is kept, for the auditor.
 */
export interface ApprovalEntry {
  /** A control id or a pattern with `*`. */
  control: string;
  /** The exact resource id the action acts on. */
  resource: string;
  approvedBy: string;
  reason?: string;
}

const text = { type: 'string', minLength: 1 } as const;

export const APPROVALS_SCHEMA = {
  type: 'object',
  required: ['approvals'],
  additionalProperties: false,
  properties: {
    approvals: {
      type: 'array',
      items: {
        type: 'object',
        required: ['control', 'resource', 'approvedBy'],
        additionalProperties: false,
        properties: { control: text, resource: text, approvedBy: text, reason: text },
      },
    },
  },
} as const;
