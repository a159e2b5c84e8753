import { describe, expect, it } from 'vitest';
import { schemaFor, type FromSchema, type Same } from '../../src/model/schema-type.js';

// The checks are the compiler's: each line below is a type assertion that `npm run typecheck` (part of npm test) holds.
const is = <T extends true>(): T | undefined => undefined;
const isNot = <T extends false>(): T | undefined => undefined;

interface Config {
  id: string;
  mode: 'a' | 'b';
  limit?: number;
  inner: { paths: string[]; keep?: boolean };
  [key: string]: unknown;
}
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'mode', 'inner'],
  properties: {
    id: { type: 'string', minLength: 1 },
    mode: { enum: ['a', 'b'] },
    limit: { type: 'integer', minimum: 1 },
    inner: { type: 'object', additionalProperties: false, required: ['paths'], properties: { paths: { type: 'array', items: { type: 'string' } }, keep: { type: 'boolean' } } },
  },
} as const;

describe('schemaFor', () => {
  it('takes a schema whose values are exactly the config type (index signature aside)', () => {
    expect(schemaFor<Config>()(schema)).toBe(schema);
    is<Same<{ id: string; mode: 'a' | 'b'; limit?: number; inner: { paths: string[]; keep?: boolean } }, FromSchema<typeof schema>>>();
  });

  it('refuses one that differs anywhere: a type, a required key, a key one side lacks, deep down too', () => {
    // @ts-expect-error the type of limit
    schemaFor<Omit<Config, 'limit'> & { limit?: string }>()(schema);
    // @ts-expect-error limit required in the type, optional in the schema
    schemaFor<Omit<Config, 'limit'> & { limit: number }>()(schema);
    // @ts-expect-error a key the schema does not have (ajv would refuse it)
    schemaFor<Config & { extra?: string }>()(schema);
    // @ts-expect-error a key the schema has, two levels down, that the type lacks
    schemaFor<Omit<Config, 'inner'> & { inner: { paths: string[] } }>()(schema);
    isNot<Same<{ mode: 'a' | 'b' | 'c' }, FromSchema<{ type: 'object'; additionalProperties: false; required: ['mode']; properties: { mode: { enum: ['a', 'b'] } } }>>>();
  });

  it('reads unions, tuples and open objects', () => {
    is<Same<string | string[], FromSchema<{ anyOf: [{ type: 'string' }, { type: 'array'; items: { type: 'string' } }] }>>>();
    is<Same<[string, string], FromSchema<{ type: 'array'; items: { type: 'string' }; minItems: 2; maxItems: 2 }>>>();
    is<Same<number | string, FromSchema<{ type: ['number', 'string'] }>>>();
    is<Same<Record<string, number>, FromSchema<{ type: 'object'; additionalProperties: { type: 'integer' } }>>>();
    is<Same<Record<string, unknown>, FromSchema<{ type: 'object' }>>>();
  });
});
