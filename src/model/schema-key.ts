import { createHash } from 'node:crypto';

/** A schema's identity by content: the key of its validator precompiled at build time. */
export function schemaKey(schema: object): string {
  return createHash('sha1').update(JSON.stringify(schema)).digest('hex');
}
