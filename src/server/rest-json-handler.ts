/**
 * Handles a REST-JSON request (EC2 Image Builder, IAM Access Analyzer, ibiam's own API): authenticate,
 * pick the service by the credential scope's service name, route by method and URI template, merge the
 * JSON body, query string and URI labels into the operation's input, authorize, run in one transaction,
 * and answer JSON — or `{"message"}` with the `x-amzn-ErrorType` header on error.
 * https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import type { ProtocolError } from '../protocol/errors.js';
import { protocolError, restJson } from '../protocol/index.js';
import type { HttpRequestLike } from '../protocol/sigv4/index.js';
import type { InputParams } from '../services/common/operation.js';
import { ServiceError } from '../services/common/service-error.js';
import { authenticate } from './authenticate.js';
import { recordKeyUsage } from './key-usage.js';
import type { HandlerResponse, ServerDeps } from './context.js';
import { REST_SERVICES } from './rest-services.js';
import { requestFacts, runOperation } from './run-operation.js';

export interface RestHttpRequest extends HttpRequestLike {
  readonly sourceIp?: string;
  readonly userAgent?: string;
}

function errorResponse(
  error: ProtocolError,
  requestId: string,
  log: HandlerResponse['log'],
): HandlerResponse {
  return { ...restJson.encodeRestJsonError(error, requestId), log: { ...log, errorCode: error.code } };
}

/** REST-JSON services answer authorization failures with AccessDeniedException (HTTP 403). */
function toProtocolError(error: ServiceError): ProtocolError {
  const code = error.code === 'AccessDenied' ? 'AccessDeniedException' : error.code;
  return protocolError(code, error.message, error.httpStatus, error.type);
}

export async function handleRestJson(
  req: RestHttpRequest,
  deps: ServerDeps,
  requestId: string,
): Promise<HandlerResponse> {
  const now = deps.clock();
  const auth = await authenticate(req, deps.keys, now);
  if (!auth.ok) return errorResponse(auth.error, requestId, {});
  const { caller, parsed } = auth;
  const log: HandlerResponse['log'] = { service: parsed.service, principal: caller.arn };
  await recordKeyUsage(deps, caller, parsed, now);
  const service = REST_SERVICES.get(parsed.service);
  if (!service) return errorResponse(restJson.unknownOperation(req.method, req.path), requestId, log);
  const route = service.router.match(req.method, req.path, req.query);
  if (!route.ok) return errorResponse(route.error, requestId, log);
  const operation = route.operation;
  log.action = operation.name;
  const body = restJson.parseJsonBody(req.body);
  if (!body.ok) return errorResponse(body.error, requestId, log);
  const params: InputParams = { ...req.query, ...body.value, ...route.labels };
  const facts = requestFacts(requestId, now, parsed.region, req);
  try {
    const input = operation.input(params);
    const result = await runOperation(operation, input, caller, deps, facts);
    return { ...restJson.encodeRestJsonResponse(result ?? {}, requestId), log };
  } catch (error) {
    if (error instanceof ServiceError) return errorResponse(toProtocolError(error), requestId, log);
    deps.logger.error({
      requestId,
      event: 'operation-failed',
      action: operation.name,
      error: String((error as Error)?.stack ?? error),
    });
    return errorResponse(
      protocolError('ServiceException', 'An internal error occurred.', 500),
      requestId,
      log,
    );
  }
}
