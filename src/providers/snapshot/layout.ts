import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.js';
import type { Cloud } from '../../model/control.js';
import type { ApiCall } from '../types.js';

/**
 * File name of one recorded call inside a target folder:
 *   EC2.DescribeSecurityGroups.json                          (no params)
 *   EC2.DescribeSnapshots[OwnerIds=self].json                (params: keys sorted, lists joined by +)
 *   EC2.DescribeSnapshots[OwnerIds=self,RestorableByUserIds=all].json
 * Params that would not make a safe, short name (nested objects, slashes) use a hash instead:
 *   EC2.DescribeInstances[sha256-1a2b3c4d5e6f].json
 */
export function callFileName(call: ApiCall): string {
  return `${call.service}.${call.method}${paramsSlug(call.params)}.json`;
}

function paramsSlug(params: Record<string, unknown>): string {
  const keys = Object.keys(params).sort();
  if (keys.length === 0) return '';
  const parts: string[] = [];
  for (const key of keys) {
    const value = params[key];
    const items = Array.isArray(value) ? value : [value];
    if (!items.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return hashed(params);
    parts.push(`${key}=${items.map(String).join('+')}`);
  }
  const slug = parts.join(',');
  return slug.length <= 120 && /^[A-Za-z0-9=+,._:-]+$/.test(slug) ? `[${slug}]` : hashed(params);
}

function hashed(params: Record<string, unknown>): string {
  return `[sha256-${createHash('sha256').update(canonicalJson(params)).digest('hex').slice(0, 12)}]`;
}

/** Recorded error for one call: `<call file stem>.error.json` = { code, message }. */
export function callErrorFileName(call: ApiCall): string {
  return callFileName(call).replace(/\.json$/, '.error.json');
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
  return callFileName(ownRecording(cloud, call) ? call : { ...call, params: {} });
}

/** The file that records a call as unreadable in a target folder. */
export function recordedErrorFileName(cloud: Cloud, call: ApiCall): string {
  return callErrorFileName(ownRecording(cloud, call) ? call : { ...call, params: {} });
}

/**
 * REST reads (ARM GET, Microsoft Graph GET, GCP REST GET) are recorded in one file per target
 * and kind, a map from the request to its answer, so a hand-written test inventory stays one
 * readable object rather than a file per request:
 *   ARM.Get.json    { "/subscriptions/…/diagnosticSettings?api-version=2021-05-01-preview": { "value": [] } }
 *   Graph.Get.json  { "/v1.0/policies/identitySecurityDefaultsEnforcementPolicy": { "isEnabled": true } }
 *   REST.Get.json   { "https://logging.googleapis.com/v2/projects/p1/sinks": { "sinks": [] } }
 * An answer is the response body, a list of bodies (pages), or `{ "$error": { code, message } }`.
 */
export interface MappedRequest {
  file: string;
  key: string;
  /** ARM and Graph paths are case-insensitive; GCP URLs are matched as written. */
  caseInsensitive: boolean;
}

export function mappedRequest(call: ApiCall): MappedRequest | undefined {
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

/** A recorded answer that says the request failed. */
export interface RecordedError {
  $error: { code: string; message: string };
}
