/**
 * The HTTP endpoint: one port serving IAM and STS (AWS Query protocol) and a health check, with a
 * structured request log (JSON lines; never secrets) and graceful shutdown.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { protocolError, parseQueryString, query } from '../protocol/index.js';
import { requestId as newRequestId } from '../services/common/ids.js';
import { isConsolePath, serveConsoleFile } from './console-files.js';
import type { HandlerResponse, ServerDeps } from './context.js';
import { handleQuery } from './query-handler.js';
import { handleRestJson } from './rest-json-handler.js';

/** Bodies above this size are refused (IAM's largest inputs, policy documents, are 131,072 characters). */
export const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function queryError(code: string, message: string, status: number, requestId: string): HandlerResponse {
  const rendered = query.renderQueryError(protocolError(code, message, status), {
    namespace: query.IAM_NAMESPACE,
    requestId,
  });
  return { ...rendered, log: { errorCode: code } };
}

async function route(req: IncomingMessage, deps: ServerDeps, requestId: string): Promise<HandlerResponse> {
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const rawQuery = queryAt < 0 ? '' : url.slice(queryAt + 1);
  if (req.method === 'GET' && (path === '/health' || path === '/_ibiam/health')) {
    return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"status":"ok"}', log: {} };
  }
  // The web console's files are public (like AWS's sign-in page); its data comes from signed API calls.
  if (isConsolePath(req.method ?? 'GET', path)) return serveConsoleFile(req.method ?? 'GET', path);
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return queryError(
        'RequestEntityTooLarge',
        `Request body must be at most ${MAX_BODY_BYTES} bytes.`,
        413,
        requestId,
      );
    }
    throw error;
  }
  const decodedQuery = parseQueryString(rawQuery);
  if (!decodedQuery) {
    // The same error (code, status, wording) as a form body with a bad escape: see protocol/query/errors.ts.
    const error = query.malformedQueryString('invalid percent-encoding in the URL query string');
    return queryError(error.code, error.message, error.httpStatus, requestId);
  }
  const common = {
    method: req.method ?? 'GET',
    path,
    query: decodedQuery,
    headers: req.headers,
    body,
    ...(req.socket.remoteAddress ? { sourceIp: req.socket.remoteAddress.replace(/^::ffff:/, '') } : {}),
    ...(typeof req.headers['user-agent'] === 'string' ? { userAgent: req.headers['user-agent'] } : {}),
  };
  // The Query protocol (IAM, STS) posts to `/`; REST-JSON services (Image Builder) use one path per operation.
  if (path !== '/') return handleRestJson(common, deps, requestId);
  const form = req.method === 'GET' ? rawQuery : body.toString('utf8');
  return handleQuery({ ...common, form }, deps, requestId);
}

export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** How long a shutdown waits for requests in progress before closing their connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

export function startHttpServer(deps: ServerDeps, host: string, port: number): Promise<RunningServer> {
  // Once shutting down, every answer closes its connection, so that keep-alive clients (the AWS SDKs)
  // do not hold the server open for the keep-alive timeout after their last request.
  let closing = false;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint();
    const requestId = newRequestId();
    route(req, deps, requestId)
      .catch((error: unknown): HandlerResponse => {
        deps.logger.error({
          requestId,
          event: 'request-failed',
          error: String((error as Error)?.stack ?? error),
        });
        return queryError(
          'ServiceFailure',
          'The request processing has failed because of an unknown error.',
          500,
          requestId,
        );
      })
      .then((response) => {
        // The length up front (no chunked encoding); a string body goes out with the headers in one write.
        res.writeHead(response.status, {
          ...response.headers,
          'content-length': String(Buffer.byteLength(response.body, 'utf8')),
          ...(closing ? { connection: 'close' } : {}),
        });
        res.end(response.body);
        deps.logger.info({
          time: new Date().toISOString(),
          requestId,
          method: req.method,
          path: req.url?.split('?')[0],
          status: response.status,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          ...response.log,
        });
      });
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            closing = true;
            const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
            force.unref();
            server.close(() => {
              clearTimeout(force);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
