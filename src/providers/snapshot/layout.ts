import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.js';
import type { Cloud } from '../../model/control.js';
import { redactText } from '../../lib/redact.js';
import { requestKey } from '../http/request.js';
import type { ApiCall } from '../types.js';

/**
 * File name of one recorded AWS call inside a target folder:
 *   EC2.DescribeSecurityGroups.json                          (no params)
 *   EC2.DescribeSnapshots[OwnerIds=self].json                (params: keys sorted, lists joined by +)
 *   EC2.DescribeSnapshots[OwnerIds=self,RestorableByUserIds=all].json
 *   KMS.GetKeyRotationStatus[KeyId=arn:aws:kms:eu-west-1:111111111111:key%2F1a2b].json
 * Characters outside [A-Za-z0-9._:-] in a key or value are percent-encoded (UTF-8), the
 * separators = + , included, so an ARN stays readable and two calls never share a name. Params
 * that would not make a short name (nested objects, more than 180 characters) use a hash:
 *   EC2.DescribeInstances[sha256-1a2b3c4d5e6f].json
 */
export function callFileName(call: ApiCall): string {
  return `${call.service}.${call.method}${paramsSlug(call.params, encoded)}.json`;
}

/**
 * The name before percent-encoding, where any character outside [A-Za-z0-9=+,._:-] (or more
 * than 120) meant a hash. Azure and GCP recordings keep it; an AWS recording under it is still read.
 */
export function hashedCallFileName(call: ApiCall): string {
  return `${call.service}.${call.method}${paramsSlug(call.params, plain)}.json`;
}

interface SlugStyle {
  value(text: string): string | undefined;
  maxLength: number;
}
const encoded: SlugStyle = { value: (text) => text.replace(/[^A-Za-z0-9._:-]/gu, percentEncoded), maxLength: 180 };
const plain: SlugStyle = { value: (text) => (/^[A-Za-z0-9=+,._:-]*$/.test(text) ? text : undefined), maxLength: 120 };

function percentEncoded(char: string): string {
  return [...Buffer.from(char, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

function paramsSlug(params: Record<string, unknown>, style: SlugStyle): string {
  const keys = Object.keys(params).sort();
  if (keys.length === 0) return '';
  const parts: string[] = [];
  for (const key of keys) {
    const value = params[key];
    const items = Array.isArray(value) ? value : [value];
    if (!items.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return hashed(params);
    const texts = [key, ...items.map(String)].map(style.value);
    if (texts.some((t) => t === undefined)) return hashed(params);
    parts.push(`${texts[0]}=${texts.slice(1).join('+')}`);
  }
  const slug = parts.join(',');
  return slug.length <= style.maxLength ? `[${slug}]` : hashed(params);
}

function hashed(params: Record<string, unknown>): string {
  return `[sha256-${createHash('sha256').update(canonicalJson(params)).digest('hex').slice(0, 12)}]`;
}

/** Recorded error for one call: `<call file stem>.error.json` = { code, message }. */
export function callErrorFileName(call: ApiCall): string {
  return errorFileOf(callFileName(call));
}

/** A target folder holding this file cannot be read at all. */
export const TARGET_ERROR_FILE = '_error.json';

/**
 * AWS calls, an Azure KQL query and a GCP search have a recording each; Azure's and GCP's
 * listings by type are answered from the one recording of all resources (one per Resource
 * Graph table: `ResourceGraph.SecurityResources.json` …).
 */
export function ownRecording(cloud: Cloud, call: ApiCall): boolean {
  return cloud === 'aws' || call.params.query !== undefined;
}

/** The file that answers a call in a target folder. */
export function recordingFileName(cloud: Cloud, call: ApiCall): string {
  return recordingFileNames(cloud, call)[0]!;
}

/** The file that records a call as unreadable in a target folder. */
export function recordedErrorFileName(cloud: Cloud, call: ApiCall): string {
  return errorFileOf(recordingFileName(cloud, call));
}

/** The names a recording of this call may have, the one written today first (an older AWS snapshot may hold the hashed name). */
export function recordingFileNames(cloud: Cloud, call: ApiCall): string[] {
  const own = ownRecording(cloud, call) ? call : { ...call, params: {} };
  if (cloud !== 'aws') return [hashedCallFileName(own)];
  const names = [callFileName(own), hashedCallFileName(own)];
  return names[0] === names[1] ? names.slice(0, 1) : names;
}

export function errorFileOf(recording: string): string {
  return recording.replace(/\.json$/, '.error.json');
}

/**
 * REST reads (ARM GET, Microsoft Graph GET, GCP REST GET) are recorded in one file per target
 * and kind, a map from the request to its answer, so a hand-written test inventory stays one
 * readable object rather than a file per request:
 *   ARM.Get.json    { "/subscriptions/…/diagnosticSettings?api-version=2021-05-01-preview": { "value": [] } }
 *   Graph.Get.json  { "/v1.0/policies/identitySecurityDefaultsEnforcementPolicy": { "isEnabled": true } }
 *   REST.Get.json   { "https://logging.googleapis.com/v2/projects/p1/sinks": { "sinks": [] } }
 *   HTTP.json       { "GET https://api.example.test/items?limit=${env:LIMIT}": { "status": 200, "json": [] } }
 * An answer is the response body, a list of bodies (pages), or `{ "$error": { code, message } }`.
 */
export interface MappedRequest {
  file: string;
  key: string;
  /** ARM and Graph paths are case-insensitive; GCP URLs are matched as written. */
  caseInsensitive: boolean;
}

export function mappedRequest(call: ApiCall): MappedRequest | undefined {
  // An http node's requests, as written (`${env:NAME}` unresolved) and masked as the file is: no credential is ever a key.
  if (call.via === 'http') return { file: HTTP_RECORDING, key: redactText(requestKey(call)), caseInsensitive: false };
  if (call.method !== 'Get') return undefined;
  const text = (name: string) => (typeof call.params[name] === 'string' ? (call.params[name] as string) : '');
  const file = `${call.service}.Get.json`;
  if (call.service === 'ARM') return { file, key: armRequestPath(text('path'), text('apiVersion')), caseInsensitive: true };
  if (call.service === 'Graph') return { file, key: `/${text('version') || 'v1.0'}${text('path')}`, caseInsensitive: true };
  if (call.service === 'REST') return { file, key: text('url'), caseInsensitive: false };
  return undefined;
}

/** An ARM request as sent (and as its recording's key): the path with its api-version. */
export function armRequestPath(path: string, apiVersion: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}api-version=${apiVersion}`;
}

/** The http reads of a target folder (src/providers/http/request.ts names each request; its pages are the provider's HttpPage). */
export const HTTP_RECORDING = 'HTTP.json';

/** A recorded answer that says the request failed. */
export interface RecordedError {
  $error: { code: string; message: string };
}
