export const ATTESTATION_STATUSES = ['compliant', 'non-compliant', 'not-applicable'] as const;
export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];

/**
 * A person's word on a manual requirement (`--attestations FILE`): what they found, where the
 * evidence is, and until when it holds (`expires`, inclusive, UTC).
 */
export interface AttestationEntry {
  framework: string;
  requirement: string;
  status: AttestationStatus;
  owner: string;
  /** A link to (or the path of) the evidence: a review record, a ticket, a document. */
  evidence: string;
  /** YYYY-MM-DD: when it was attested. */
  date: string;
  /** YYYY-MM-DD: the last day it holds. */
  expires: string;
}

export interface AttestationsFile {
  attestations: AttestationEntry[];
}

const text = { type: 'string', minLength: 1 } as const;
const day = { type: 'string', format: 'date' } as const;

export const ATTESTATIONS_SCHEMA = {
  type: 'object',
  required: ['attestations'],
  additionalProperties: false,
  properties: {
    attestations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['framework', 'requirement', 'status', 'owner', 'evidence', 'date', 'expires'],
        additionalProperties: false,
        properties: {
          framework: text,
          requirement: text,
          status: { enum: [...ATTESTATION_STATUSES] },
          owner: text,
          evidence: text,
          date: day,
          expires: day,
        },
      },
    },
  },
} as const;
