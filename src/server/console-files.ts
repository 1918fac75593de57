/**
 * The web console's static files: `GET /console`, `/console/` (index.html) and `/console/<file>` from
 * dist/console (built by `npm run build`), unauthenticated like AWS's sign-in page — they are only the
 * app's code; everything it shows comes from signed API calls. index.html is revalidated on every load
 * (`no-cache`); the content-hashed files under assets/ are cached for a year. Paths never leave the
 * directory: `..`, `.`, backslashes, NUL and undecodable escapes answer 404.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HandlerResponse } from './context.js';

/** dist/console, from this file's compiled location dist/src/server/. */
export const CONSOLE_DIR = fileURLToPath(new URL('../../console/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

function text(status: number, body: string): HandlerResponse {
  return {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' },
    body,
    log: { service: 'console' },
  };
}

/** The file's path relative to the console directory, or undefined when the request path is not one. */
function relativeFile(path: string): string[] | undefined {
  if (path === '/console' || path === '/console/') return ['index.html'];
  if (!path.startsWith('/console/')) return undefined;
  const segments: string[] = [];
  for (const raw of path.slice('/console/'.length).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return [];
    }
    if (segment === '' || segment === '.' || segment === '..' || /[\\/\0]/.test(segment)) return [];
    segments.push(segment);
  }
  return segments;
}

/** Whether the request is for the console's files (then `serveConsoleFile` answers it). */
export const isConsolePath = (method: string, path: string): boolean =>
  (method === 'GET' || method === 'HEAD') && (path === '/console' || path.startsWith('/console/'));

/** Answers a GET (or HEAD) of a console path from `dir`. */
export async function serveConsoleFile(
  method: string,
  path: string,
  dir: string = CONSOLE_DIR,
): Promise<HandlerResponse> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    return text(404, 'The web console is not built: run `npm run build`, then restart `ibiam serve`.\n');
  }
  const segments = relativeFile(path);
  const notFound = () => text(404, `Not found: ${path}\n`);
  if (!segments || segments.length === 0) return notFound();
  const file = join(dir, ...segments);
  if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return notFound();
  let body: Buffer;
  try {
    if (!(await stat(file)).isFile()) return notFound();
    body = await readFile(file);
  } catch {
    return notFound();
  }
  const immutable = segments.length > 1 && segments[0] === 'assets';
  return {
    status: 200,
    headers: {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(body.length),
      'cache-control': immutable ? IMMUTABLE : 'no-cache',
      'x-content-type-options': 'nosniff',
    },
    body: method === 'HEAD' ? '' : body,
    log: { service: 'console' },
  };
}
