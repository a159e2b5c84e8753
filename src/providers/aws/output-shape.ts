import type { NormalizedSchema } from '@smithy/core/schema';
import type { Item } from '../types.js';
import { PAGING_KEYS } from './extract.js';

/**
 * What an AWS answer of one operation holds, read from the SDK's own schema of it: every SDK
 * v3 client module exports `<Operation>$`, the operation's input and output structures (the
 * schemas its serializers use), and the client knows its wire protocol. From these:
 * - whether a 200 answer must have a body: the Query protocols (EC2, IAM, RDS, SNS …) always
 *   write `<OperationResponse>`; JSON and REST protocols do when the output has members that
 *   live in the body (not in headers, the status code or a raw payload);
 * - whether it is streamed (S3 GetObject): such a body is not read ahead;
 * - the output's list members, and whether the protocol always writes them: the Query
 *   protocols (ec2Query, awsQuery) write every list as an element, `<securityGroupInfo/>`
 *   when empty, which the SDK reads as []; JSON and REST protocols may leave an empty list
 *   out (`{}` is an empty answer there).
 */
export interface OutputShape {
  protocol: Protocol;
  /** A 200 answer without a body is not an answer of this operation. */
  needsBody: boolean;
  /** The body is the raw payload (a blob, a string, one structure): read as the SDK reads it, not as a document. */
  payload: boolean;
  streaming: boolean;
  /** Top-level list members, paging keys left out. */
  lists: string[];
}

export type Protocol = 'query' | 'json' | 'restXml' | 'cbor' | 'unknown';

/** The protocol family of a client's `config.protocol.getShapeId()`, e.g. `aws.protocols#ec2Query`. */
export function protocolOf(shapeId: string | undefined): Protocol {
  const name = shapeId?.split('#')[1] ?? '';
  if (name === 'ec2Query' || name === 'awsQuery') return 'query';
  if (name === 'awsJson1_0' || name === 'awsJson1_1' || name === 'restJson1') return 'json';
  if (name === 'restXml') return 'restXml';
  if (name === 'rpcv2Cbor') return 'cbor';
  return 'unknown';
}

const HTTP_BOUND = ['httpHeader', 'httpPrefixHeaders', 'httpResponseCode', 'httpQuery', 'httpQueryParams', 'httpLabel'];

/**
 * The output shape of `method` from the module's `<method>$` export; undefined when the client
 * has no schema for it. `schemas` is @smithy/core's NormalizedSchema, which the caller imports
 * with the client (clients.ts): a scan of a snapshot loads neither.
 */
export function outputShape(schemas: typeof NormalizedSchema, moduleExports: Record<string, unknown>, method: string, protocol: Protocol): OutputShape | undefined {
  const operation = moduleExports[`${method}$`];
  if (!Array.isArray(operation) || operation[0] !== 9 || operation[5] === undefined) return undefined;
  let members: [string, NormalizedSchema][];
  try {
    members = [...schemas.of(operation[5] as Parameters<typeof NormalizedSchema.of>[0]).structIterator()];
  } catch {
    return undefined;
  }
  const traits = members.map(([name, schema]) => ({ name, schema, traits: schema.getMergedTraits() as Record<string, unknown> }));
  const payload = traits.some((m) => m.traits.httpPayload !== undefined);
  const inBody = traits.filter((m) => !HTTP_BOUND.some((t) => m.traits[t] !== undefined));
  return {
    protocol,
    needsBody: protocol === 'query' || (!payload && inBody.length > 0),
    payload,
    streaming: traits.some((m) => m.schema.isStreaming()),
    lists: inBody.filter((m) => m.schema.isListSchema() && !PAGING_KEYS.has(m.name)).map((m) => m.name),
  };
}

/**
 * Why a page is not an answer of its call, or undefined when it may be one: a page of a Query
 * protocol call holding none of the output's lists, where an answer always holds them (empty
 * as []). The same rule judges a live page and a recorded one, so a live read that passes
 * is recorded as a page its replay reads again.
 */
export function missingLists(shape: OutputShape, page: Item): string[] | undefined {
  if (shape.protocol !== 'query' || shape.lists.length === 0) return undefined;
  return shape.lists.some((name) => Array.isArray(page[name])) ? undefined : shape.lists;
}
