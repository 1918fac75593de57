/**
 * REST-JSON routing by the operations' `http` traits: method plus URI template, e.g. `PUT /CreateComponent`,
 * `GET /tags/{resourceArn}`; a template may also require query literals (`/GetX?mode=full`). Labels are
 * matched on the raw (percent-encoded) path segments and decoded afterwards, so an ARN sent as
 * `/tags/arn%3Aaws%3Aimagebuilder%3A...%2Fname%2F1.0.0` stays one label.
 * https://smithy.io/2.0/spec/http-bindings.html#http-trait
 */
import { protocolError, type ProtocolError } from '../errors.js';

export interface RestRoute<Op> {
  readonly method: string;
  /** URI template: `/Literal`, `/tags/{label}`, optionally `?name` or `?name=value` requirements. */
  readonly uri: string;
  readonly operation: Op;
}

type Segment = { readonly literal: string } | { readonly label: string };

interface CompiledRoute<Op> {
  readonly route: RestRoute<Op>;
  readonly segments: readonly Segment[];
  readonly queryLiterals: readonly (readonly [string, string | undefined])[];
}

export interface RouteMatch<Op> {
  readonly ok: true;
  readonly operation: Op;
  /** Decoded label values by label name. */
  readonly labels: Readonly<Record<string, string>>;
}

export type RouteResult<Op> = RouteMatch<Op> | { readonly ok: false; readonly error: ProtocolError };

function compile<Op>(route: RestRoute<Op>): CompiledRoute<Op> {
  const [path = '', query = ''] = route.uri.split('?', 2);
  const segments = path
    .split('/')
    .filter((s) => s !== '')
    .map((s): Segment => (/^\{[A-Za-z0-9_]+\}$/.test(s) ? { label: s.slice(1, -1) } : { literal: s }));
  const queryLiterals = query
    .split('&')
    .filter((q) => q !== '')
    .map((q): readonly [string, string | undefined] => {
      const eq = q.indexOf('=');
      return eq < 0 ? [q, undefined] : [q.slice(0, eq), eq === q.length - 1 ? undefined : q.slice(eq + 1)];
    });
  return { route, segments, queryLiterals };
}

/** Unknown method/path combination; AWS's JSON services answer UnknownOperationException. */
export const unknownOperation = (method: string, path: string): ProtocolError =>
  protocolError('UnknownOperationException', `No operation matches ${method} ${path}`, 404);

export class RestRouter<Op> {
  private readonly routes: readonly CompiledRoute<Op>[];

  constructor(routes: Iterable<RestRoute<Op>>) {
    this.routes = [...routes].map(compile);
  }

  /** Finds the operation for a request; `rawPath` is the path as sent, `query` the decoded query. */
  match(
    method: string,
    rawPath: string,
    query: Readonly<Record<string, string | readonly string[]>>,
  ): RouteResult<Op> {
    const parts = rawPath.split('/').filter((s) => s !== '');
    for (const { route, segments, queryLiterals } of this.routes) {
      if (route.method.toUpperCase() !== method.toUpperCase() || segments.length !== parts.length) continue;
      const labels: Record<string, string> = {};
      const matched = segments.every((segment, i) => {
        const part = parts[i] ?? '';
        if ('literal' in segment) return part === segment.literal;
        try {
          labels[segment.label] = decodeURIComponent(part);
          return true;
        } catch {
          return false;
        }
      });
      const queryOk = queryLiterals.every(([name, value]) => {
        const given = query[name];
        return (
          given !== undefined &&
          (value === undefined || given === value || (Array.isArray(given) && given.includes(value)))
        );
      });
      if (matched && queryOk) return { ok: true, operation: route.operation, labels };
    }
    return { ok: false, error: unknownOperation(method, rawPath) };
  }
}
