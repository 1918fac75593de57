/**
 * The AWS SDK clients the console uses, one set per session, all pointed at the server that serves the
 * console. The console is a client of the public AWS APIs like any SDK: whatever the signed-in principal
 * may not do, the server refuses here too.
 */
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { IAMClient } from '@aws-sdk/client-iam';
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder';
import { STSClient } from '@aws-sdk/client-sts';
import { IbiamApi } from './ibiam-api.js';
import { ENDPOINT, REGION, type ConsoleSession } from './session.js';

export interface Clients {
  readonly iam: IAMClient;
  readonly sts: STSClient;
  readonly imagebuilder: ImagebuilderClient;
  readonly accessAnalyzer: AccessAnalyzerClient;
  /** ibiam's own signed API: explained simulations, trust graph, doctor, decision log. */
  readonly ibiam: IbiamApi;
}

export function clientsFor(session: ConsoleSession): Clients {
  const config = { endpoint: ENDPOINT, region: REGION, credentials: session.credentials, maxAttempts: 1 };
  return {
    iam: new IAMClient(config),
    sts: new STSClient(config),
    imagebuilder: new ImagebuilderClient(config),
    accessAnalyzer: new AccessAnalyzerClient(config),
    ibiam: new IbiamApi(ENDPOINT, REGION, session.credentials),
  };
}

/** The message of an SDK error (`Code: message`), or of anything else thrown. */
export function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && 'message' in error) {
    return `${String(error.name)}: ${String(error.message)}`;
  }
  return String(error);
}
