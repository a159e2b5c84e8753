// Loaded with `node --import ./bench/usage.mjs …`: when the process ends, writes its own CPU
// time (all threads) and peak resident memory, as the operating system counts them, to the
// file named by CTRLFLOW_BENCH_USAGE. Node's process.resourceUsage(), no other tool.
import { writeFileSync } from 'node:fs';

const file = process.env.CTRLFLOW_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssKb: u.maxRSS }));
  });
}
