/**
 * ibiam's own API (SigV4 service name `ibiam`, JSON under /_ibiam/api/): what the web console needs and
 * AWS has no API for. Each operation is authorized as the AWS action it stands for, so the console gains
 * no access through it, and its decisions are in the decision log like every other. RunDoctor
 * (operations/run-doctor.ts) is added by the server, which supplies the doctor.
 */
import type { Operation } from '../common/operation.js';
import { explainSimulation } from './operations/explain-simulation.js';
import { getImageFailure } from './operations/get-image-failure.js';
import { getTrustGraph } from './operations/get-trust-graph.js';
import { listDecisions } from './operations/list-decisions.js';

export const ibiamOperations: readonly Operation[] = [
  explainSimulation,
  getTrustGraph,
  listDecisions,
  getImageFailure,
];
