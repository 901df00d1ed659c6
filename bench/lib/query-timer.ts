// A Kysely plugin that times every query between compilation and result, labelled by
// statement kind, first table and the columns in its WHERE clause. It shows where the time of
// one register-and-match goes, query by query, without changing the application code.
import { performance } from 'node:perf_hooks';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

function firstTable(node: unknown, depth = 0): string | undefined {
  if (!node || typeof node !== 'object' || depth > 10) return undefined;
  const n = node as Record<string, unknown>;
  if (n.kind === 'TableNode') {
    const t = n.table as { identifier?: { name?: string } } | undefined;
    return t?.identifier?.name;
  }
  for (const key of ['from', 'into', 'table', 'froms', 'node']) {
    const v = n[key];
    const found = Array.isArray(v) ? v.map((x) => firstTable(x, depth + 1)).find(Boolean) : firstTable(v, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function columns(node: unknown, out: Set<string>, depth = 0): Set<string> {
  if (!node || typeof node !== 'object' || depth > 20) return out;
  const n = node as Record<string, unknown>;
  if (n.kind === 'ColumnNode') {
    const c = n.column as { name?: string } | undefined;
    if (c?.name) out.add(c.name);
    return out;
  }
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) v.forEach((x) => columns(x, out, depth + 1));
    else if (v && typeof v === 'object') columns(v, out, depth + 1);
  }
  return out;
}

export function labelOf(node: RootOperationNode): string {
  if (node.kind === 'RawNode') {
    return `raw: ${node.sqlFragments.join('?').replace(/\s+/g, ' ').trim().slice(0, 60)}`;
  }
  const kind = node.kind.replace('QueryNode', '').toLowerCase();
  const table = firstTable(node) ?? '?';
  const where = 'where' in node && node.where ? [...columns(node.where, new Set())].join(',') : '';
  const joins = 'joins' in node && Array.isArray(node.joins) && node.joins.length ? ` +${node.joins.length} join` : '';
  return `${kind} ${table}${joins}${where ? ` where ${where}` : ''}`;
}

export interface QueryStat {
  label: string;
  calls: number;
  totalMs: number;
}

export class QueryTimer implements KyselyPlugin {
  enabled = false;
  private readonly pending = new Map<object, { label: string; t: number }>();
  private readonly stats = new Map<string, QueryStat>();
  /** Time spent in queries, and their number, since the last `take()`. */
  private current = 0;
  private currentCount = 0;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.enabled) this.pending.set(args.queryId, { label: labelOf(args.node), t: performance.now() });
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const p = this.pending.get(args.queryId);
    if (p) {
      this.pending.delete(args.queryId);
      const ms = performance.now() - p.t;
      const s = this.stats.get(p.label) ?? { label: p.label, calls: 0, totalMs: 0 };
      s.calls += 1;
      s.totalMs += ms;
      this.stats.set(p.label, s);
      this.current += ms;
      this.currentCount += 1;
    }
    return args.result;
  }

  /** Query time and count accumulated since the previous call (one registration). */
  take(): { ms: number; statements: number } {
    const t = { ms: this.current, statements: this.currentCount };
    this.current = 0;
    this.currentCount = 0;
    this.pending.clear();
    return t;
  }

  reset(): void {
    this.stats.clear();
    this.pending.clear();
    this.current = 0;
    this.currentCount = 0;
  }

  /** Per label: calls and time per registration, sorted by time. */
  breakdown(registrations: number): { query: string; callsPerRegistration: number; msPerCall: number; msPerRegistration: number }[] {
    return [...this.stats.values()]
      .sort((a, b) => b.totalMs - a.totalMs)
      .map((s) => ({
        query: s.label,
        callsPerRegistration: Math.round((s.calls / registrations) * 100) / 100,
        msPerCall: Math.round((s.totalMs / s.calls) * 1000) / 1000,
        msPerRegistration: Math.round((s.totalMs / registrations) * 1000) / 1000,
      }));
  }
}
