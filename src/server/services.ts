/**
 * The Query-protocol services the endpoint serves, routed by the SigV4 credential scope's service name.
 */
import { query } from '../protocol/index.js';
import type { Operation } from '../services/common/operation.js';
import { iamOperations } from '../services/iam/index.js';
import { stsOperations } from '../services/sts/index.js';

export interface QueryServiceDef {
  readonly name: string;
  readonly version: string;
  readonly namespace: string;
  readonly operations: ReadonlyMap<string, Operation>;
}

const byName = (operations: readonly Operation[]) => new Map(operations.map((op) => [op.name, op]));

export const QUERY_SERVICES: ReadonlyMap<string, QueryServiceDef> = new Map([
  [
    'iam',
    {
      name: 'iam',
      version: query.IAM_VERSION,
      namespace: query.IAM_NAMESPACE,
      operations: byName(iamOperations),
    },
  ],
  [
    'sts',
    {
      name: 'sts',
      version: query.STS_VERSION,
      namespace: query.STS_NAMESPACE,
      operations: byName(stsOperations),
    },
  ],
]);
