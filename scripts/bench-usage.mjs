// Preloaded into a measured process by scripts/bench.mjs (`node --import ./scripts/bench-usage.mjs …`):
// at exit, writes the process's resource usage (all threads: CPU time, peak resident memory) as
// JSON to the file named by TQC_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

const file = process.env.TQC_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }));
  });
}
