// Summarises a V8 .cpuprofile (node --cpu-prof): the share of the profiled time spent inside
// the named functions (inclusive, counted once per sample however deep), and the top functions by
// self time. A watched name `file:NAME` matches every frame of a source file whose path ends in NAME
// (an async function's continuation after an await is often an anonymous arrow).
// Usage: node bench/lib/cpuprofile-summary.mjs FILE.cpuprofile [fn | file:NAME ...]
import fs from 'node:fs';

const [file, ...watched] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;

const self = new Map();
const inside = new Map(watched.map((w) => [w, 0]));
let total = 0;
let idle = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const n = byId.get(id);
  if (n.callFrame.functionName === '(idle)') { idle += dt; return; }
  self.set(name(n), (self.get(name(n)) ?? 0) + dt);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const frame = byId.get(cur).callFrame;
    for (const w of watched) {
      const hit = w.startsWith('file:') ? frame.url.endsWith(w.slice(5)) : frame.functionName === w;
      if (hit && !seen.has(w)) { seen.add(w); inside.set(w, inside.get(w) + dt); }
    }
  }
});
const ms = (us) => `${(us / 1000).toFixed(0)} ms`;
const pct = (us) => `${((100 * us) / (total - idle)).toFixed(1)} %`;
console.log(`profiled ${ms(total)}, of which idle ${ms(idle)}; shares below are of the busy time`);
for (const [f, us] of inside) console.log(`  inside ${f}: ${ms(us)} (${pct(us)})`);
console.log('top self time:');
for (const [f, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(us).padStart(7)}  ${f}`);
