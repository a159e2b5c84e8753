/**
 * A flow as written in `flows/*.yaml`: a QFlow graph of typed nodes. Each node's own keys are
 * checked by its kind's schema (src/nodes); this schema checks only the frame around them.
 */
export interface Flow {
  id: string;
  name?: string;
  description?: string;
  trigger?: Record<string, unknown>;
  variables?: Record<string, FlowVariable>;
  nodes: NodeConfig[];
}

export const VARIABLE_TYPES = ['auto', 'string', 'number', 'boolean', 'array', 'object'] as const;
export interface FlowVariable {
  type?: (typeof VARIABLE_TYPES)[number];
  value: unknown;
  secret?: boolean;
  description?: string;
}

/** The keys every node has; a node kind adds its own. */
export interface NodeConfig {
  id: string;
  type: string;
  name?: string;
  description?: string;
  /** `node` or `node.port`; a joiner takes several. */
  input?: string | string[];
  [key: string]: unknown;
}

export const NODE_ID_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*$';

/**
 * Ids have a length and a character set that `validate` checks (README "Controls and flows"):
 * a flow or control id names a file (`<id>.yaml`), so it is a letter or digit, then letters,
 * digits, `_`, `.` or `-`, at most ID_MAX_LENGTH characters; a node or condition id at most
 * NODE_ID_MAX_LENGTH.
 */
export const ID_MAX_LENGTH = 100;
export const NODE_ID_MAX_LENGTH = 64;
export const idSchema = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', maxLength: ID_MAX_LENGTH } as const;
export const nodeIdSchema = { type: 'string', pattern: NODE_ID_PATTERN, maxLength: NODE_ID_MAX_LENGTH } as const;

export const flowSchema = {
  $id: 'ctrlflow/flow',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'nodes'],
  properties: {
    id: idSchema,
    name: { type: 'string' },
    description: { type: 'string' },
    trigger: { type: 'object' },
    variables: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['value'],
        properties: {
          type: { enum: [...VARIABLE_TYPES] },
          value: {},
          secret: { type: 'boolean' },
          description: { type: 'string' },
        },
      },
    },
    nodes: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'type'],
        properties: {
          id: nodeIdSchema,
          type: { type: 'string' },
        },
      },
    },
  },
} as const;

/** Keys every node kind accepts; kinds spread these into their schema's properties. */
export const commonNodeProperties = {
  id: nodeIdSchema,
  type: { type: 'string' },
  name: { type: 'string' },
  description: { type: 'string' },
  input: {
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    ],
  },
} as const;
