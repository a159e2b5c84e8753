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
 * listings by type are answered from the one recording of all resources.
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
