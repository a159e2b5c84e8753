import { cloudEventSchema } from './event.js';

/**
 * A control's unit tests, `<ID>.test.yaml` beside the control file (opa-test style):
 * each case scans a small inventory with that one control and checks the status of the
 * resources it names.
 */
export interface ControlTestFile {
  /** Defaults to the control of the same name beside the test file. */
  control?: string;
  cases: ControlTestCase[];
}

export interface ControlTestCase {
  name: string;
  /**
   * A snapshot folder (relative to the test file), or an inline one: target
   * (`aws/111111111111/us-east-1`) -> call (`EC2.DescribeSecurityGroups`) -> recorded response.
   */
  inventory: string | Record<string, Record<string, unknown>>;
  /** Resource id or display name -> expected status; a target key for a target-level ERROR. */
  expect: Record<string, 'PASS' | 'FAIL' | 'ERROR'>;
  /** `--var` values for the control's flow. */
  vars?: Record<string, string>;
  /**
   * A cloud event (EventBridge envelope, inline or a JSON file relative to the test file): the
   * case runs as `handle-event` would, on the event's account and region, reading only what
   * the flow's trigger scope names.
   */
  event?: string | Record<string, unknown>;
  /** With `event`: whether the flow's trigger pattern matches it (default true); false expects nothing to run (`expect: {}`). */
  fires?: boolean;
  /**
   * Condition keys (as the flow writes them) that no item of the case has, on purpose: the
   * scan's KeyNeverFound warning for them is expected. Any other such warning fails the case.
   */
  missingKeys?: string[];
}

export const controlTestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['cases'],
  properties: {
    control: { type: 'string' },
    cases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'inventory', 'expect'],
        properties: {
          name: { type: 'string', minLength: 1 },
          inventory: {
            anyOf: [
              { type: 'string', minLength: 1 },
              {
                type: 'object',
                propertyNames: { pattern: '^(aws|azure|gcp)/[^/]+/[^/]+$' },
                // A call (`EC2.DescribeSecurityGroups[OwnerIds=self]`, `….error`) or `_error` for the target.
                additionalProperties: { type: 'object', propertyNames: { pattern: '^(_error|[A-Za-z0-9]+\\.[A-Za-z0-9]+(\\[.*\\])?(\\.error)?)$' } },
              },
            ],
          },
          expect: { type: 'object', additionalProperties: { enum: ['PASS', 'FAIL', 'ERROR'] } },
          vars: { type: 'object', additionalProperties: { type: 'string' } },
          event: { anyOf: [{ type: 'string', minLength: 1 }, cloudEventSchema] },
          fires: { type: 'boolean' },
          missingKeys: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
        },
        // Something to check: expectations, or an event that must not fire the flow.
        if: { required: ['fires'], properties: { fires: { const: false } } },
        then: { required: ['event'], properties: { expect: { maxProperties: 0 } } },
        else: { properties: { expect: { minProperties: 1 } } },
      },
    },
  },
} as const;
