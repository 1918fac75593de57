/**
 * Handles an AWS Query request (IAM, STS): authenticate, route by the credential scope's service and the
 * Action parameter, validate the input, authorize every request the operation makes, run it in one
 * transaction, and answer in XML. Any error rolls the transaction back and is answered in AWS's error XML.
 * https://smithy.io/2.0/aws/protocols/aws-query-protocol.html
 */
import type { ProtocolError } from '../protocol/errors.js';
import { protocolError, query, sigv4 } from '../protocol/index.js';
import type { Caller } from '../services/common/caller.js';
import type { HttpRequestLike } from '../protocol/sigv4/index.js';
import { ServiceError } from '../services/common/service-error.js';
import { authenticate } from './authenticate.js';
import type { HandlerResponse, ServerDeps } from './context.js';
import { recordKeyUsage } from './key-usage.js';
import { requestFacts, runOperation } from './run-operation.js';
import { toQueryResult } from './query-result.js';
import { QUERY_SERVICES } from './services.js';

export interface QueryHttpRequest extends HttpRequestLike {
  /** The Query parameters: the form body of a POST or the query string of a GET. */
  readonly form: string;
  readonly sourceIp?: string;
  readonly userAgent?: string;
}

function errorResponse(
  error: ProtocolError,
  namespace: string,
  requestId: string,
  log: HandlerResponse['log'],
): HandlerResponse {
  const rendered = query.renderQueryError(error, { namespace, requestId });
  return { ...rendered, log: { ...log, errorCode: error.code } };
}

/**
 * What temporary credentials may not call: GetFederationToken sessions cannot call IAM at all, and
 * GetSessionToken sessions (without MFA, which ibiam does not model) cannot call IAM either.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
 */
function temporaryCredentialLimit(
  caller: Caller,
  service: string,
  action: string,
): ProtocolError | undefined {
  if (service !== 'iam' || !caller.session) return undefined;
  if (caller.session.kind === 'federated-user') {
    return protocolError(
      'AccessDenied',
      `User: ${caller.arn} is not authorized to perform: iam:${action}`,
      403,
    );
  }
  if (caller.session.kind === 'session-token') return sigv4.invalidClientTokenId();
  return undefined;
}

export async function handleQuery(
  req: QueryHttpRequest,
  deps: ServerDeps,
  requestId: string,
): Promise<HandlerResponse> {
  const now = deps.clock();
  const auth = await authenticate(req, deps.keys, now);
  if (!auth.ok) return errorResponse(auth.error, query.IAM_NAMESPACE, requestId, {});
  const { caller, parsed } = auth;
  await recordKeyUsage(deps, caller, parsed, now);
  const service = QUERY_SERVICES.get(parsed.service);
  const log: HandlerResponse['log'] = { service: parsed.service, principal: caller.arn };
  if (!service) {
    return errorResponse(
      protocolError('InvalidAction', `The service ${parsed.service} is not served here.`, 400),
      query.IAM_NAMESPACE,
      requestId,
      log,
    );
  }
  const decoded = query.decodeQueryRequest(req.form);
  if (!decoded.ok) return errorResponse(decoded.error, service.namespace, requestId, log);
  const request = decoded.request;
  log.action = request.action;
  const unknown = query.checkQueryOperation(request, {
    version: service.version,
    actions: service.operations,
  });
  if (unknown) return errorResponse(unknown, service.namespace, requestId, log);
  const operation = service.operations.get(request.action)!;
  const refused = temporaryCredentialLimit(caller, service.name, request.action);
  if (refused) return errorResponse(refused, service.namespace, requestId, log);
  const facts = requestFacts(requestId, now, parsed.region, req);
  try {
    const input = operation.input(request.params);
    const result = await runOperation(operation, input, caller, deps, facts);
    const body = query.encodeQueryResponse(
      request.action,
      result ? toQueryResult(result, service.name === 'iam') : undefined,
      {
        namespace: service.namespace,
        requestId,
      },
    );
    return { ...query.renderQueryResponse(body, requestId), log };
  } catch (error) {
    if (error instanceof ServiceError) {
      return errorResponse(
        protocolError(error.code, error.message, error.httpStatus, error.type),
        service.namespace,
        requestId,
        log,
      );
    }
    deps.logger.error({
      requestId,
      event: 'operation-failed',
      action: request.action,
      error: String((error as Error)?.stack ?? error),
    });
    return errorResponse(
      protocolError(
        'ServiceFailure',
        'The request processing has failed because of an unknown error, exception or failure.',
        500,
      ),
      service.namespace,
      requestId,
      log,
    );
  }
}
