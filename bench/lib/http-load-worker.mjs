// Load generator for the HTTP phase, in its own worker thread so that the clients do not share
// the server's event loop. C concurrent clients (keep-alive, Node's built-in fetch/undici) post
// `POST /api/v1/signalen` on random youths, each as one of the logged-in professionals, for a
// fixed time after a warm-up. Loopback only.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

const { url, sessions, bsns, concurrency, warmupMs, durationMs, maxRequests, today } = workerData;

if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`refusing non-loopback target ${url}`);

const start = performance.now();
const measureFrom = start + warmupMs;
const end = measureFrom + durationMs;
let next = 0;
let sent = 0;
const latencies = [];
const status = {};
const errorSamples = [];
let networkErrors = 0;
let completedInWindow = 0;
let createdInWindow = 0;
let elu0;
setTimeout(() => { elu0 = performance.eventLoopUtilization(); }, warmupMs);

async function client(c) {
  while (performance.now() < end && sent < maxRequests) {
    const i = next++;
    sent++;
    const bsn = bsns[i % bsns.length];
    const s = sessions[(i * 7 + c) % sessions.length];
    const t0 = performance.now();
    let code = 0;
    let text = '';
    try {
      const res = await fetch(`${url}/api/v1/signalen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
        body: JSON.stringify({ bsn, informedOn: today }),
      });
      code = res.status;
      text = await res.text();
    } catch (error) {
      networkErrors++;
      text = String(error?.cause ?? error);
    }
    const t1 = performance.now();
    if (t0 >= measureFrom && t1 <= end) {
      completedInWindow++;
      latencies.push(t1 - t0);
      status[code] = (status[code] ?? 0) + 1;
      if (code === 201) createdInWindow++;
      else if (errorSamples.length < 10) errorSamples.push(`${code} ${text.slice(0, 200)}`);
    }
  }
}

await Promise.all(Array.from({ length: concurrency }, (_, c) => client(c)));
const clientEventLoopUtilization = elu0 ? performance.eventLoopUtilization(elu0).utilization : null;
parentPort.postMessage({
  clientEventLoopUtilization,
  latencies,
  status,
  errorSamples,
  networkErrors,
  completedInWindow,
  createdInWindow,
  windowMs: durationMs,
  sent,
});
