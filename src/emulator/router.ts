import type { HttpMethod, RouteDef } from './types.js';

interface CompiledRoute {
  def: RouteDef;
  regex: RegExp;
  params: string[];
  /** Higher = more specific; literal segments count most, catch-alls least. */
  rank: number;
}

export interface RouteMatch {
  def: RouteDef;
  params: Record<string, string>;
}

/**
 * Path-template router. Literal segments match case-insensitively (as ARM does), `{name}` captures
 * one segment and `{*name}` captures one or more segments (used for scopes such as the tags
 * extension resource `/{*scope}/providers/Microsoft.Resources/tags/default`).
 */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(def: RouteDef): void {
    this.routes.push(compile(def));
    this.routes.sort((a, b) => b.rank - a.rank);
  }

  addAll(defs: RouteDef[]): void {
    for (const d of defs) this.add(d);
  }

  /** Finds the route for method+path; `methodMismatch` is true when only other methods match the path. */
  match(method: HttpMethod, path: string): { route?: RouteMatch; methodMismatch: boolean } {
    const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
    const candidates = this.routes
      .map((r) => ({ r, m: r.regex.exec(trimmed) }))
      .filter((c): c is { r: CompiledRoute; m: RegExpExecArray } => c.m !== null);
    const wanted =
      candidates.find((c) => c.r.def.method === method) ??
      // HEAD falls back to the GET route (Node drops the body for HEAD).
      (method === 'HEAD' ? candidates.find((c) => c.r.def.method === 'GET') : undefined);
    if (!wanted) return { methodMismatch: candidates.length > 0 };
    const params: Record<string, string> = {};
    wanted.r.params.forEach((name, i) => {
      params[name] = safeDecode(wanted.m[i + 1] ?? '');
    });
    return { route: { def: wanted.r.def, params }, methodMismatch: false };
  }

  list(): RouteDef[] {
    return this.routes.map((r) => r.def);
  }
}

function compile(def: RouteDef): CompiledRoute {
  const params: string[] = [];
  let rank = 0;
  const parts = def.path
    .split('/')
    .filter((s) => s.length > 0)
    .map((seg) => {
      const m = /^\{(\*?)(\w+)\}$/.exec(seg);
      if (!m) {
        rank += 100;
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      params.push(m[2]!);
      rank += m[1] ? 0 : 1;
      return m[1] ? '(.+?)' : '([^/]+)';
    });
  return { def, params, rank, regex: new RegExp(`^/${parts.join('/')}$`, 'i') };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
