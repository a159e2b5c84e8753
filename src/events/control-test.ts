import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { eventCase } from './test-case.js';
import type { LoadedControl, LoadedFlow } from '../load/catalog.js';
import type { ControlTestCase } from '../model/control-test.js';
import type { ControlWarning, Result } from '../model/result.js';
import { withCallCache } from '../providers/call-cache.js';
import { snapshotInventory } from '../providers/by-via.js';
import { openHttp } from '../providers/http/live.js';
import { openSnapshot } from '../providers/snapshot/index.js';
import { runScan } from '../engine/scan.js';

/** One line per expectation that did not hold; empty when the case passes. */
export async function runControlTestCase(
  control: LoadedControl,
  flows: Map<string, LoadedFlow>,
  testCase: ControlTestCase,
  testFile: string,
): Promise<string[]> {
  // An inline inventory is written out in the snapshot layout: the case runs the scan's own path.
  const inline = typeof testCase.inventory === 'string' ? undefined : await writeInventory(testCase.inventory);
  const root = inline ?? resolve(dirname(testFile), testCase.inventory as string);
  try {
    // Unit tests are hermetic: an http read the case's inventory did not record goes live with an empty environment.
    const provider = snapshotInventory(openSnapshot(root), openHttp({ environment: {} }));
    // A case with an event runs as handle-event would (src/events/test-case.ts).
    const byEvent = testCase.event === undefined ? undefined : await eventCase(control, flows, testCase, testFile, provider);
    if (byEvent && !byEvent.run) return byEvent.problems;
    const { report } = await runScan({
      ...byEvent?.run,
      controls: [control],
      flows,
      provider: withCallCache(provider),
      overrides: testCase.vars ?? {},
      now: new Date(),
      // Unit tests are hermetic: a node reading the environment fails them, it never reads a real credential.
      environment: {},
      failOn: 'none',
    });
    return [...compare(testCase.expect, report.results), ...compareMissingKeys(testCase.missingKeys ?? [], report.controls.flatMap((c) => c.warnings ?? []))];
  } finally {
    if (inline) await rm(inline, { recursive: true, force: true });
  }
}

function compare(expected: Record<string, string>, results: Result[]): string[] {
  const problems: string[] = [];
  for (const [key, status] of Object.entries(expected)) {
    const found = results.filter((r) => r.resourceId === key || r.displayName === key || (!r.resourceId && `${r.provider}/${r.account}/${r.region}` === key));
    if (found.length === 0) problems.push(`${key}: expected ${status}, but no result names it (results: ${results.map(label).join(', ') || 'none'})`);
    else if (found.length > 1) problems.push(`${key}: names ${found.length} results; use the resource id`);
    else if (found[0]!.status !== status) problems.push(`${key}: expected ${status}, got ${found[0]!.status}${found[0]!.reason ? ` (${found[0]!.reason})` : ''}`);
  }
  return problems;
}

/** A key no item had fails the case unless the case expects it (missingKeys); an expected one must be warned of. */
function compareMissingKeys(expected: string[], warnings: ControlWarning[]): string[] {
  const problems = warnings.filter((w) => !expected.includes(w.key)).map((w) => `warning: ${w.message} (list it under missingKeys: if the case means it)`);
  for (const key of expected) if (!warnings.some((w) => w.key === key)) problems.push(`missingKeys: ${key} was found on an item (or is read by no condition of a schemaless read), so no warning was given`);
  return problems;
}

function label(r: Result): string {
  return `${r.resourceId ?? `${r.provider}/${r.account}/${r.region}`} ${r.status}`;
}

async function writeInventory(inventory: Record<string, Record<string, unknown>>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'ctrlflow-test-'));
  for (const [target, calls] of Object.entries(inventory)) {
    await mkdir(join(root, target), { recursive: true });
    for (const [call, response] of Object.entries(calls)) await writeFile(join(root, target, `${call}.json`), JSON.stringify(response));
  }
  return root;
}
