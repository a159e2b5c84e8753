import { NormalizedSchema } from '@smithy/core/schema';

/**
 * Turns a recorded AWS SDK v3 output (as the snapshot holds it: the client's parsed object, dates
 * as ISO text) back into the HTTP answer the service would have sent, by walking the operation's
 * output schema that ships in the client package (member names, xmlName / jsonName, flattened
 * lists, timestamp formats, http bindings). One writer per wire protocol the bundled services
 * speak: query XML (IAM, STS, RDS, SNS), EC2 query XML, JSON 1.0/1.1 (CloudWatch; Config,
 * CloudTrail, KMS, CloudWatch Logs, Organizations), REST-JSON (Account, Access Analyzer, EFS,
 * Macie2, Security Hub) and REST-XML (S3, S3 Control). Used by tests to serve recordings to the
 * real SDK clients over nock; a recorded key the schema does not know is an error, so a
 * recording the live client could never have produced is not silently dropped.
 */
export type Protocol = 'query' | 'ec2' | 'json1_0' | 'json1_1' | 'restJson' | 'restXml';
export interface WireReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The protocol of an SDK client by its protocol class (client.config.protocol). */
export function protocolOf(className: string): Protocol {
  const known: Record<string, Protocol> = {
    AwsQueryProtocol: 'query',
    AwsEc2QueryProtocol: 'ec2',
    AwsJson1_0Protocol: 'json1_0',
    AwsJson1_1Protocol: 'json1_1',
    AwsRestJsonProtocol: 'restJson',
    AwsRestXmlProtocol: 'restXml',
    S3RestXmlProtocol: 'restXml',
  };
  const protocol = known[className];
  if (!protocol) throw new Error(`no wire writer for ${className}`);
  return protocol;
}

type Value = unknown;
type Schema = Parameters<typeof NormalizedSchema.of>[0];

const EPOCH = 7;
const HTTP_DATE = 6;
const DATE_TIME = 5;

function timestampText(ns: NormalizedSchema, value: Value, fallback: number): string | number {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new Error(`${ns.getName(true) ?? 'timestamp'}: "${String(value)}" is not a date`);
  const own = ns.getSchema();
  const format = own === DATE_TIME || own === HTTP_DATE || own === EPOCH ? own : fallback;
  if (format === EPOCH) return date.getTime() / 1000;
  if (format === HTTP_DATE) return date.toUTCString();
  return date.toISOString().replace('.000Z', 'Z');
}

const blobText = (value: Value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64');

function unknownKeys(ns: NormalizedSchema, value: Record<string, Value>, where: string): void {
  const members = new Set(Object.keys(ns.getMemberSchemas()));
  const extra = Object.keys(value).filter((k) => !members.has(k) && k !== '$metadata');
  if (extra.length > 0) throw new Error(`${where}: recorded key(s) ${extra.join(', ')} are not members of ${ns.getName(true) ?? 'the output'}`);
}

// ---- JSON ------------------------------------------------------------------------------------

function toJson(ns: NormalizedSchema, value: Value, jsonName: boolean, where: string): Value {
  if (value === null || value === undefined) return value;
  if (ns.isStructSchema() || ns.isUnionSchema()) {
    const object = value as Record<string, Value>;
    unknownKeys(ns, object, where);
    const out: Record<string, Value> = {};
    for (const [name, member] of ns.structIterator()) {
      if (object[name] === undefined) continue;
      const key = jsonName ? (member.getMergedTraits().jsonName ?? name) : name;
      out[key] = toJson(member, object[name], jsonName, `${where}.${name}`);
    }
    return out;
  }
  if (ns.isListSchema()) return (value as Value[]).map((v, i) => toJson(ns.getValueSchema(), v, jsonName, `${where}[${i}]`));
  if (ns.isMapSchema()) return Object.fromEntries(Object.entries(value as Record<string, Value>).map(([k, v]) => [k, toJson(ns.getValueSchema(), v, jsonName, `${where}.${k}`)]));
  if (ns.isTimestampSchema()) return timestampText(ns, value, EPOCH);
  if (ns.isBlobSchema()) return blobText(value);
  return value;
}

// ---- XML -------------------------------------------------------------------------------------

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const element = (name: string, inner: string) => `<${name}>${inner}</${name}>`;

function xmlScalar(ns: NormalizedSchema, value: Value): string {
  if (ns.isTimestampSchema()) return String(timestampText(ns, value, DATE_TIME));
  if (ns.isBlobSchema()) return blobText(value);
  if (typeof value === 'object') throw new Error(`${ns.getName(true) ?? 'value'}: an object where the schema wants a scalar`);
  return escapeXml(String(value));
}

/** The members of a structure as XML elements (not the structure's own element). */
function xmlMembers(ns: NormalizedSchema, value: Record<string, Value>, where: string, skip: (member: NormalizedSchema) => boolean = () => false): string {
  unknownKeys(ns, value, where);
  let out = '';
  for (const [name, member] of ns.structIterator()) {
    if (value[name] === undefined || value[name] === null || skip(member)) continue;
    out += xmlMember(member, name, value[name], `${where}.${name}`);
  }
  return out;
}

function xmlMember(member: NormalizedSchema, name: string, value: Value, where: string): string {
  const traits = member.getMergedTraits();
  const tag = (traits.xmlName as string | undefined) ?? name;
  if (member.isListSchema()) {
    const item = member.getValueSchema();
    const itemTag = traits.xmlFlattened ? tag : ((item.getMergedTraits().xmlName as string | undefined) ?? 'member');
    const items = (value as Value[]).map((v, i) => xmlValue(item, itemTag, v, `${where}[${i}]`)).join('');
    return traits.xmlFlattened ? items : element(tag, items);
  }
  if (member.isMapSchema()) {
    const keyTag = (member.getKeySchema().getMergedTraits().xmlName as string | undefined) ?? 'key';
    const valueTag = (member.getValueSchema().getMergedTraits().xmlName as string | undefined) ?? 'value';
    const entries = Object.entries(value as Record<string, Value>).map(([k, v]) =>
      element(traits.xmlFlattened ? tag : 'entry', element(keyTag, escapeXml(k)) + xmlValue(member.getValueSchema(), valueTag, v, `${where}.${k}`)),
    );
    return traits.xmlFlattened ? entries.join('') : element(tag, entries.join(''));
  }
  return xmlValue(member, tag, value, where);
}

function xmlValue(ns: NormalizedSchema, tag: string, value: Value, where: string): string {
  if (ns.isStructSchema() || ns.isUnionSchema()) return element(tag, xmlMembers(ns, value as Record<string, Value>, where));
  if (ns.isListSchema() || ns.isMapSchema()) return xmlMember(ns, tag, value, where);
  return element(tag, xmlScalar(ns, value));
}

// ---- answers ---------------------------------------------------------------------------------

/** The HTTP answer to `operation` carrying this recorded output. */
export function outputReply(protocol: Protocol, operation: string, outputSchema: Schema, output: Record<string, Value>, xmlNamespace = ''): WireReply {
  const ns = NormalizedSchema.of(outputSchema);
  const where = `${operation} output`;
  switch (protocol) {
    case 'query':
      return {
        status: 200,
        headers: { 'content-type': 'text/xml' },
        body: `<${operation}Response xmlns="${xmlNamespace}">${element(`${operation}Result`, xmlMembers(ns, output, where))}<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></${operation}Response>`,
      };
    case 'ec2':
      return { status: 200, headers: { 'content-type': 'text/xml' }, body: `<${operation}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId>${xmlMembers(ns, output, where)}</${operation}Response>` };
    case 'json1_0':
    case 'json1_1':
      return { status: 200, headers: { 'content-type': `application/x-amz-json-${protocol === 'json1_0' ? '1.0' : '1.1'}` }, body: JSON.stringify(toJson(ns, output, false, where)) };
    case 'restJson':
    case 'restXml':
      return restReply(protocol, ns, output, where);
  }
}

/** REST protocols: members bound to headers and the status go there; a payload member is the body, else the other members are. */
function restReply(protocol: 'restJson' | 'restXml', ns: NormalizedSchema, output: Record<string, Value>, where: string): WireReply {
  unknownKeys(ns, output, where);
  const headers: Record<string, string> = { 'content-type': protocol === 'restJson' ? 'application/json' : 'application/xml' };
  let status = 200;
  let payload: [string, NormalizedSchema] | undefined;
  for (const [name, member] of ns.structIterator()) {
    const traits = member.getMergedTraits();
    if (traits.httpPayload) payload = [name, member];
    if (output[name] === undefined) continue;
    if (traits.httpResponseCode) status = Number(output[name]);
    else if (typeof traits.httpHeader === 'string') headers[traits.httpHeader.toLowerCase()] = String(member.isTimestampSchema() ? timestampText(member, output[name], HTTP_DATE) : output[name]);
    else if (traits.httpPrefixHeaders !== undefined) throw new Error(`${where}: prefix headers are not written`);
  }
  const bound = (member: NormalizedSchema) => {
    const t = member.getMergedTraits();
    return Boolean(t.httpPayload || t.httpResponseCode || t.httpHeader || t.httpPrefixHeaders !== undefined);
  };
  if (payload) {
    const [name, member] = payload;
    const value = output[name];
    if (value === undefined) return { status, headers, body: '' };
    if (member.isStringSchema() || member.isBlobSchema()) return { status, headers, body: typeof value === 'string' ? value : JSON.stringify(value) };
    if (protocol === 'restJson') return { status, headers, body: JSON.stringify(toJson(member, value, true, `${where}.${name}`)) };
    const tag = (member.getMergedTraits().xmlName as string | undefined) ?? name;
    return { status, headers, body: xmlValue(member, tag, value, `${where}.${name}`) };
  }
  if (protocol === 'restJson') {
    const body: Record<string, Value> = {};
    for (const [name, member] of ns.structIterator()) {
      if (output[name] === undefined || bound(member)) continue;
      body[(member.getMergedTraits().jsonName as string | undefined) ?? name] = toJson(member, output[name], true, `${where}.${name}`);
    }
    return { status, headers, body: JSON.stringify(body) };
  }
  const root = (ns.getMergedTraits().xmlName as string | undefined) ?? ns.getName() ?? 'Result';
  return { status, headers, body: element(root, xmlMembers(ns, output, where, bound)) };
}

/** The HTTP answer of a refused call, as each protocol writes an error. */
export function errorReply(protocol: Protocol, code: string, message: string, xmlNamespace = ''): WireReply {
  const status = /^NoSuch|NotFound/.test(code) ? 404 : 400;
  switch (protocol) {
    case 'query':
      return { status, headers: { 'content-type': 'text/xml' }, body: `<ErrorResponse xmlns="${xmlNamespace}"><Error><Type>Sender</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>r</RequestId></ErrorResponse>` };
    case 'ec2':
      return { status, headers: { 'content-type': 'text/xml' }, body: `<Response><Errors><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error></Errors><RequestID>r</RequestID></Response>` };
    case 'json1_0':
    case 'json1_1':
      return { status, headers: { 'content-type': `application/x-amz-json-${protocol === 'json1_0' ? '1.0' : '1.1'}` }, body: JSON.stringify({ __type: code, message }) };
    case 'restJson':
      return { status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ message }) };
    case 'restXml':
      return { status, headers: { 'content-type': 'application/xml' }, body: `<Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message><RequestId>r</RequestId></Error>` };
  }
}
