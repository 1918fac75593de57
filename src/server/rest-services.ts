/**
 * The REST-JSON services the endpoint serves, routed by the SigV4 credential scope's service name: EC2
 * Image Builder (`imagebuilder`), IAM Access Analyzer (`access-analyzer`: ValidatePolicy) and ibiam's own
 * API for the web console (`ibiam`, under /_ibiam/api/). Each service routes by its operations' `http`
 * traits (method and URI template).
 * https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import { restJson } from '../protocol/index.js';
import { accessAnalyzerOperations } from '../services/accessanalyzer/index.js';
import type { Operation } from '../services/common/operation.js';
import { doctorReport } from '../doctor/report/report-as-data.js';
import { ibiamOperations } from '../services/ibiam/index.js';
import { defineRunDoctor } from '../services/ibiam/operations/run-doctor.js';
import { imagebuilderOperations } from '../services/imagebuilder/index.js';

/** RunDoctor with the doctor (which the services may not import themselves). */
export const runDoctor = defineRunDoctor(doctorReport);

export interface RestServiceDef {
  /** The SigV4 signing name (credential scope service). */
  readonly name: string;
  readonly operations: readonly Operation[];
  readonly router: restJson.RestRouter<Operation>;
}

function service(name: string, operations: readonly Operation[]): [string, RestServiceDef] {
  const routes = operations.flatMap((operation) =>
    operation.http ? [{ ...operation.http, operation }] : [],
  );
  return [name, { name, operations, router: new restJson.RestRouter<Operation>(routes) }];
}

export const REST_SERVICES: ReadonlyMap<string, RestServiceDef> = new Map([
  service('imagebuilder', imagebuilderOperations),
  service('access-analyzer', accessAnalyzerOperations),
  service('ibiam', [...ibiamOperations, runDoctor]),
]);
