import { CLOUDS, type Cloud } from './control.js';

export const ASSESSMENTS = ['automated', 'manual'] as const;
/** As the benchmark marks it: automated requirements can be checked by an API, manual ones need a person. */
export type Assessment = (typeof ASSESSMENTS)[number];

/** One requirement of a benchmark, as `controls/frameworks/<id>.yaml` lists it. */
export interface Requirement {
  /** As the benchmark numbers it, always a string ("2.10" is not the number 2.1). */
  id: string;
  /** One line, in our own words. */
  title: string;
  /** The benchmark's section, e.g. "2 Identity and Access Management". */
  section?: string;
  /** Profile level (CIS Level 1 or 2). */
  level?: number;
  assessment: Assessment;
  /** Controls that evaluate it (automated) or give evidence for it (manual); their `compliance` names it back. */
  controls?: string[];
}

/** A benchmark as data: every requirement of one version, and the controls behind each. */
export interface Framework {
  /** The compliance key controls use, e.g. `cis-aws-7.0`; also the file name. */
  id: string;
  title: string;
  version: string;
  provider: Cloud;
  source?: string;
  requirements: Requirement[];
}

const ID = '^[A-Za-z0-9][A-Za-z0-9_.-]*$';

export const frameworkSchema = {
  $id: 'ctrlflow/framework',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'version', 'provider', 'requirements'],
  properties: {
    id: { type: 'string', pattern: ID },
    title: { type: 'string', minLength: 1 },
    version: { type: 'string', minLength: 1 },
    provider: { enum: [...CLOUDS] },
    source: { type: 'string', format: 'uri' },
    requirements: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'assessment'],
        properties: {
          id: { type: 'string', pattern: ID },
          title: { type: 'string', minLength: 1, pattern: '^[^\\n]*$' },
          section: { type: 'string', minLength: 1 },
          level: { type: 'integer', minimum: 1 },
          assessment: { enum: [...ASSESSMENTS] },
          controls: { type: 'array', uniqueItems: true, items: { type: 'string', pattern: ID } },
        },
      },
    },
  },
} as const;
