// Preloaded (`node --import`) into a profiled CLI run: at exit it records how the run's CPU splits
// between this node process (hashing, stream plumbing, S3 client) and the children it waited for
// (pg_restore, pg_dump), plus node's own peak RSS. The timed runs never carry it.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { setInterval } from 'node:timers';

const out = process.env.LIFEBOAT_BENCH_PROBE;
let ticks = 100;
try {
  ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  // Linux default.
}

// Where node's own memory goes, sampled: heap (JS objects) vs external/arrayBuffers (Buffers in flight).
const peaks = { heapUsedKiB: 0, externalKiB: 0, arrayBuffersKiB: 0 };
function sample() {
  const m = process.memoryUsage();
  peaks.heapUsedKiB = Math.max(peaks.heapUsedKiB, Math.round(m.heapUsed / 1024));
  peaks.externalKiB = Math.max(peaks.externalKiB, Math.round(m.external / 1024));
  peaks.arrayBuffersKiB = Math.max(peaks.arrayBuffersKiB, Math.round(m.arrayBuffers / 1024));
}

if (out) {
  setInterval(sample, 20).unref();
  process.on('exit', () => {
    sample();
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const status = readFileSync('/proc/self/status', 'utf8');
    // CPU per thread: the main thread (JS: parsing, counting, stream plumbing) apart from the unnamed
    // rest, which on Node 20 are libuv's pool (zlib inflate, file reads) and V8's helpers (GC, compiling).
    const threads = {};
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const comm = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
        const ts = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const tf = ts.slice(ts.lastIndexOf(')') + 2).split(' ');
        const name = tid === String(process.pid) ? 'main' : comm === 'node' ? 'other threads' : comm;
        threads[name] = Math.round(((threads[name] ?? 0) + (Number(tf[11]) + Number(tf[12])) / ticks) * 100) / 100;
      } catch {
        // The thread ended while we looked.
      }
    }
    const hwm = /VmHWM:\s+(\d+)/.exec(status)?.[1];
    appendFileSync(
      out,
      `${JSON.stringify({
        selfUserS: Number(f[11]) / ticks,
        selfSysS: Number(f[12]) / ticks,
        childrenUserS: Number(f[13]) / ticks,
        childrenSysS: Number(f[14]) / ticks,
        selfPeakRssKiB: Number(hwm),
        ...peaks,
        threads,
      })}\n`,
    );
  });
}
