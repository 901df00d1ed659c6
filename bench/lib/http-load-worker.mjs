// Load generator for the HTTP phase, in its own worker thread so that the clients do not share
// the server's event loop. C concurrent clients post `POST /api/v1/signalen` on random youths,
// each as one of the logged-in professionals, for a fixed time after a warm-up. Loopback only.
// Client 'http' (default) uses node:http with a keep-alive agent of C sockets; 'fetch' uses
// Node's built-in fetch (undici), which costs several times more CPU per request — on a 2-core
// machine that shares the cores with the server and PostgreSQL, the cheaper client matters.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

const { url, sessions, bsns, concurrency, warmupMs, durationMs, maxRequests, today, client: clientKind } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const target = new URL('/api/v1/signalen', url);

/** One POST with node:http; resolves with status and body text. */
function post(headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST',
      headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

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
// Per second of the window: completed requests and the slowest of them (a stall shows here).
// The longest time in the window in which no request completed at all.
let lastCompletion = measureFrom;
let longestGapMs = 0;
const perSecond = Array.from({ length: Math.ceil(durationMs / 1000) }, () => ({ completed: 0, maxMs: 0 }));
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
    const headers = { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf };
    const body = JSON.stringify({ bsn, informedOn: today, relationship: { reason: 'client_in_zorg' } });
    try {
      if (clientKind === 'fetch') {
        const res = await fetch(`${url}/api/v1/signalen`, { method: 'POST', headers, body });
        code = res.status;
        text = await res.text();
      } else {
        ({ status: code, text } = await post(headers, body));
      }
    } catch (error) {
      networkErrors++;
      text = String(error?.cause ?? error);
    }
    const t1 = performance.now();
    if (t0 >= measureFrom && t1 <= end) {
      completedInWindow++;
      latencies.push(t1 - t0);
      const second = perSecond[Math.min(perSecond.length - 1, Math.floor((t1 - measureFrom) / 1000))];
      second.completed++;
      longestGapMs = Math.max(longestGapMs, t1 - lastCompletion);
      lastCompletion = t1;
      second.maxMs = Math.max(second.maxMs, Math.round(t1 - t0));
      status[code] = (status[code] ?? 0) + 1;
      if (code === 201) createdInWindow++;
      else if (errorSamples.length < 10) errorSamples.push(`${code} ${text.slice(0, 200)}`);
    }
  }
}

await Promise.all(Array.from({ length: concurrency }, (_, c) => client(c)));
agent.destroy();
const clientEventLoopUtilization = elu0 ? performance.eventLoopUtilization(elu0).utilization : null;
parentPort.postMessage({
  clientEventLoopUtilization,
  latencies,
  perSecond,
  longestGapMs: Math.round(Math.max(longestGapMs, end - lastCompletion)),
  status,
  errorSamples,
  networkErrors,
  completedInWindow,
  createdInWindow,
  windowMs: durationMs,
  sent,
});
