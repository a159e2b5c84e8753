// npm run bench [-- --1m] [-- --sizes 10000,100000] [-- --runs 3] [-- --every-control]
//
// For each size: generates a synthetic inventory (bench/generate.mjs) under bench/.data/, then
// runs, each as a whole process (node start-up included), and prints medians of --runs runs:
//   scan        ctrlflow scan of the bench's 21 controls (bench/controls.mjs), all five formats
//   engine      the same scan writing the Markdown summary only (the engine, nearly no reporting)
//   read+parse  a process that reads and JSON.parses every recording            (floor 1)
//               (all held at once; its "target by target" row parses one target's recordings at a
//               time, as the scan reads them: that row's peak RSS is the scan's memory floor)
//   hand loop   … and evaluates the bundled controls' conditions in a plain loop  (floor 2)
//   write       a process that writes the scan's report bytes, 1 MB at a time   (floor 3)
//   every control (--every-control) ctrlflow scan of every bundled control, all five formats: the
//               nightly scan's shape; the inventory records only the 21 controls' reads, so the
//               others' are ERROR (per item where a flow reads per item)
// with wall time, CPU time (user + system, all threads), CPU/wall, peak RSS, the bytes of
// each report, and each ratio to its floor. CPU and peak RSS are the process's own
// (process.resourceUsage(), through bench/usage.mjs). Everything generated is deleted at the end.
// Needs the build: npm run build first.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_CONTROLS } from './controls.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sizes = option('--sizes') ? option('--sizes').split(',').map(Number) : [10_000, 100_000, ...(args.includes('--1m') ? [1_000_000] : [])];
const RUNS = Number(option('--runs') ?? 3);
const EVERY_CONTROL = args.includes('--every-control');
const FORMATS = ['csv', 'html', 'json', 'markdown', 'sarif'];
const work = join(tmpdir(), `ctrlflow-bench-${process.pid}`);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One whole process: wall (ms), CPU (ms), peak RSS (MB), and what it printed. */
function measure(argv, env = {}, exits = [0, 1]) {
  const usageFile = join(work, `usage-${Math.random().toString(36).slice(2)}.json`);
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', './bench/usage.mjs', ...argv], {
    env: { ...process.env, ...env, CTRLFLOW_BENCH_USAGE: usageFile },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (!exits.includes(run.status)) throw new Error(`${argv.join(' ')} exited ${run.status}: ${run.stderr.slice(-2000)}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  rmSync(usageFile);
  return { wallMs, cpuMs: usage.userMs + usage.systemMs, rssMb: usage.maxRssKb / 1024, stdout: run.stdout };
}

function medianOf(runs) {
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMb: median(runs.map((r) => r.rssMb)), stdout: runs[0].stdout };
}

function repeat(n, fn) {
  return medianOf(Array.from({ length: n }, fn));
}

function files(dir) {
  return readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))).filter((f) => statSync(f).isFile());
}

/** The summary line of a ctrlflow.json (its last line), read from the end: the file may be larger than a string can be. */
function summaryOf(file) {
  const size = statSync(file).size;
  const length = Math.min(size, 16 * 1024 * 1024);
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  readSync(fd, buffer, 0, length, size - length);
  closeSync(fd);
  const lines = buffer.toString('utf8').trimEnd().split('\n');
  return JSON.parse(`{${lines.at(-1).slice(2)}`);
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const x = (a, b) => `${(a / b).toFixed(2)}×`;

mkdirSync(work, { recursive: true });
const generated = [];
try {
  for (const n of sizes) {
    const dir = join('bench', '.data', String(n));
    if (!existsSync(dir)) {
      execFileSync(process.execPath, ['bench/generate.mjs', String(n), dir], { stdio: ['ignore', 'ignore', 'inherit'] });
      generated.push(dir);
    }
    const inventoryBytes = files(dir).reduce((sum, f) => sum + statSync(f).size, 0);
    const runs = n >= 1_000_000 ? 1 : RUNS;
    const out = join(work, `out-${n}`);
    const scanArgs = (formats, to) => ['dist/cli/bin.js', 'scan', '--inventory', dir, '--only', ...BENCH_CONTROLS, '--out', to, '--fail-on', 'none', '--format', ...formats];

    const scan = repeat(runs, () => {
      rmSync(out, { recursive: true, force: true });
      return measure(scanArgs(FORMATS, out));
    });
    const reports = Object.fromEntries(FORMATS.map((f) => [f, statSync(join(out, `ctrlflow.${f === 'markdown' ? 'md' : f}`)).size]));
    const reportBytes = Object.values(reports).reduce((a, b) => a + b, 0);
    const totals = summaryOf(join(out, 'ctrlflow.json')).totals;
    rmSync(out, { recursive: true, force: true });
    const engineOut = join(work, `engine-${n}`);
    const engine = repeat(runs, () => {
      rmSync(engineOut, { recursive: true, force: true });
      return measure(scanArgs(['markdown'], engineOut));
    });
    rmSync(engineOut, { recursive: true, force: true });
    const parse = repeat(runs, () => measure(['bench/floors.mjs', 'parse', dir]));
    const parseByTarget = repeat(runs, () => measure(['bench/floors.mjs', 'parse-target', dir]));
    const loop = repeat(runs, () => measure(['bench/floors.mjs', 'loop', dir]));
    const loopIn = JSON.parse(loop.stdout);
    const writeDir = join(work, `write-${n}`);
    mkdirSync(writeDir, { recursive: true });
    const write = repeat(runs, () => measure(['bench/floors.mjs', 'write', writeDir, ...Object.values(reports).map(String)]));
    rmSync(writeDir, { recursive: true, force: true });
    let every;
    if (EVERY_CONTROL) {
      const everyOut = join(work, `every-${n}`);
      // Exit 3: the reads the inventory does not record are ERROR.
      const run = repeat(runs, () => {
        rmSync(everyOut, { recursive: true, force: true });
        return measure(['dist/cli/bin.js', 'scan', '--inventory', dir, '--out', everyOut, '--fail-on', 'none', '--format', ...FORMATS], {}, [0, 1, 3]);
      });
      const t = summaryOf(join(everyOut, 'ctrlflow.json')).totals;
      every = { run, results: t.FAIL + t.PASS + t.ERROR + t.EXCEPTED, errors: t.ERROR, bytes: FORMATS.reduce((sum, f) => sum + statSync(join(everyOut, `ctrlflow.${f === 'markdown' ? 'md' : f}`)).size, 0) };
      rmSync(everyOut, { recursive: true, force: true });
    }
    const handFails = Object.values(loopIn.counts).reduce((a, c) => a + c.FAIL, 0);
    const handPasses = Object.values(loopIn.counts).reduce((a, c) => a + c.PASS, 0);

    console.log(`\n${n.toLocaleString('en')} resources · inventory ${mb(inventoryBytes)} · ${(totals.FAIL + totals.PASS + totals.ERROR + totals.EXCEPTED).toLocaleString('en')} results (${totals.FAIL} FAIL) · median of ${runs} run(s)`);
    console.log('  process                        wall      CPU  CPU/wall   peak RSS   ratio (wall)');
    const row = (name, r, ratio = '') => console.log(`  ${name.padEnd(28)} ${s(r.wallMs).padStart(7)}  ${s(r.cpuMs).padStart(7)}  ${(r.cpuMs / r.wallMs).toFixed(2).padStart(8)}  ${`${r.rssMb.toFixed(0)} MB`.padStart(9)}   ${ratio}`);
    row('scan, all five formats', scan, `${x(scan.wallMs, parse.wallMs)} read+parse, ${x(scan.wallMs, loop.wallMs)} hand loop`);
    row('engine (markdown only)', engine, `${x(engine.wallMs, loop.wallMs)} hand loop`);
    row('floor: read+parse', parse, 'every recording held at once');
    row('  … target by target', parseByTarget, `one target's recordings at a time, as the scan reads them: scan peak RSS ${x(scan.rssMb, parseByTarget.rssMb)} this`);
    row('floor: hand loop', loop, `evaluation alone ${s(loopIn.ms)} in-process; ${handFails} FAIL / ${handPasses} PASS (scan: ${totals.FAIL} / ${totals.PASS})`);
    row('floor: write report bytes', write, `scan is ${x(scan.wallMs, write.wallMs)} the write floor`);
    console.log(`  reports: ${FORMATS.map((f) => `${f} ${mb(reports[f])}`).join(', ')}; together ${mb(reportBytes)} = ${x(reportBytes, inventoryBytes)} the inventory`);
    if (every) row('scan, every bundled control', every.run, `${every.results.toLocaleString('en')} results, ${every.errors.toLocaleString('en')} ERROR (reads not recorded); reports ${mb(every.bytes)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  for (const dir of generated) rmSync(dir, { recursive: true, force: true });
}
