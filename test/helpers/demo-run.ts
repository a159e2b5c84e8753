import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ScanReport } from '../../src/model/result.js';
import { cli, readReport, tempDir } from './cli.js';

/**
 * The demo scan with its exceptions file (so it has FAIL, PASS and EXCEPTED results), writing
 * the JSON report and the given formats into a fresh folder: what the format tests read.
 */
export async function demoRun(...formats: string[]): Promise<{ dir: string; report: ScanReport; read(file: string): string }> {
  const dir = tempDir();
  const { code, stderr } = await cli('scan', '--inventory', 'examples/demo-inventory', '--exceptions', 'examples/demo-exceptions.yaml', '--fail-on', 'none', '--format', 'json', ...formats, '--out', dir);
  expect(stderr).not.toMatch(/error/i);
  expect(code).toBe(0);
  return { dir, report: readReport(dir), read: (file) => readFileSync(join(dir, file), 'utf8') };
}
