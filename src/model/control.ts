import { idSchema } from './flow.js';
import { SEVERITIES, type Severity } from './severity.js';

export const CLOUDS = ['aws', 'azure', 'gcp'] as const;
export type Cloud = (typeof CLOUDS)[number];

/** A control as written in `controls/**.yaml`: what must hold and how bad a breach is. */
export interface Control {
  id: string;
  title: string;
  severity: Severity;
  provider: Cloud;
  resourceType: string;
  /** A flow id, or a path relative to the control file. */
  flow: string;
  description?: string;
  rationale?: string;
  remediation?: string;
  references?: string[];
  compliance?: Record<string, string[]>;
  tags?: string[];
}

export const controlSchema = {
  $id: 'ctrlflow/control',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'severity', 'provider', 'resourceType', 'flow'],
  properties: {
    id: idSchema,
    title: { type: 'string', minLength: 1 },
    severity: { enum: [...SEVERITIES] },
    provider: { enum: [...CLOUDS] },
    resourceType: { type: 'string', minLength: 1 },
    flow: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    rationale: { type: 'string' },
    remediation: { type: 'string' },
    references: { type: 'array', items: { type: 'string', format: 'uri' } },
    compliance: {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string' }, minItems: 1 },
    },
    tags: { type: 'array', items: { type: 'string' } },
  },
} as const;
