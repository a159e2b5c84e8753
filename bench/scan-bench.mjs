// Scan time of all bundled controls on synthetic inventories of 10k and 100k resources,
// next to the time just to read and JSON.parse the same files. Prints medians of 3 runs.
// Usage: npm run bench [-- 10000 100000]   (builds nothing: run npm run build first)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sizes = process.argv.slice(2).map(Number);
const RUNS = 3;

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith('.json') && statSync(f).isFile());
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const rows = [];
for (const n of sizes.length > 0 ? sizes : [10_000, 100_000]) {
  const dir = `bench/.data/${n}`;
  if (!existsSync(dir)) execFileSync(process.execPath, ['bench/generate.mjs', String(n), dir], { stdio: 'inherit' });
  const inventory = files(dir);
  const bytes = inventory.reduce((sum, f) => sum + statSync(f).size, 0);
  const parseMs = time(() => {
    for (const f of inventory) JSON.parse(readFileSync(f, 'utf8'));
  });
  const scan = (formats) => () => {
    const out = mkdtempSync(join(tmpdir(), 'ctrlflow-bench-'));
    // Progress lines go to stderr; a failing scan still throws with its output.
    execFileSync(process.execPath, ['dist/src/cli/bin.js', 'scan', '--inventory', dir, '--out', out, '--fail-on', 'none', '--format', ...formats], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  };
  const jsonMs = time(scan(['json']));
  const allMs = time(scan(['csv', 'html', 'json', 'markdown', 'sarif']));
  rows.push({ n, mb: (bytes / 1e6).toFixed(1), parseMs, jsonMs, allMs });
}

console.log('resources  inventory  read+JSON.parse  scan (json report)  ratio  scan (all 5 reports)  ratio');
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(9)}  ${`${r.mb} MB`.padStart(9)}  ${`${r.parseMs.toFixed(0)} ms`.padStart(15)}  ${`${r.jsonMs.toFixed(0)} ms`.padStart(18)}  ${(r.jsonMs / r.parseMs).toFixed(1).padStart(5)}  ${`${r.allMs.toFixed(0)} ms`.padStart(20)}  ${(r.allMs / r.parseMs).toFixed(1).padStart(5)}`,
  );
}
console.log(`medians of ${RUNS} runs; scans are whole CLI processes (node start-up included), parse is in-process.`);
