/**
 * An accepted risk: results of `control` on resources matching `resource` become EXCEPTED
 * until `expires` (inclusive, UTC). Both may be an exact id or a pattern with `*`.
 */
export interface ExceptionEntry {
  control: string;
  resource: string;
  reason: string;
  owner: string;
  /** YYYY-MM-DD: the last day the exception applies. */
  expires: string;
}

export interface ExceptionsFile {
  exceptions: ExceptionEntry[];
}

const text = { type: 'string', minLength: 1 } as const;

export const EXCEPTIONS_SCHEMA = {
  type: 'object',
  required: ['exceptions'],
  additionalProperties: false,
  properties: {
    exceptions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['control', 'resource', 'reason', 'owner', 'expires'],
        additionalProperties: false,
        properties: { control: text, resource: text, reason: text, owner: text, expires: { type: 'string', format: 'date' } },
      },
    },
  },
} as const;

/** What became of one exception in a scan; written to the JSON report and shown in HTML/Markdown. */
export interface ExceptionUse extends ExceptionEntry {
  /** `file:line` of the entry, so a reader can find it. */
  source: string;
  /** active: applied to at least one FAIL; expired: past its date, not applied; unused: matched no FAIL. */
  state: 'active' | 'expired' | 'unused';
  /** FAIL results it turned into EXCEPTED (0 unless active). */
  applied: number;
}
