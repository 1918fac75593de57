/**
 * CreateComponent: a new build version of a component from an AWSTOE document given inline (`data`) or
 * in S3 (`uri`), never both. The same name and semantic version again creates the next build (1, 2, ...).
 * The document is validated first (YAML/JSON syntax, schemaVersion, phases, steps and their action
 * modules); with `dryRun`, a request that would succeed answers DryRunOperationException (HTTP 412)
 * and creates nothing. Authorized as imagebuilder:CreateComponent (and imagebuilder:TagResource when
 * tagging) on the new build version ARN, with aws:RequestTag/* and aws:TagKeys.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateComponent.html
 */
import { defineOperation } from '../../../common/operation.js';
import {
  componentChecks,
  readComponentBasics,
  readComponentExtras,
  readPlatform,
  storeComponent,
  type ComponentRequest,
} from '../../common/component-create.js';
import { checkComponentDocument } from '../../common/document-component.js';
import { readDocumentSource } from '../../common/document-source.js';
import { dryRunOperation } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { JsonReader } from '../../common/input.js';

export const DRY_RUN_MESSAGE =
  'The dry run operation of the resource was successful, and no resources or mutations were actually performed due to the dry run flag in the request.';

export const createComponent = defineOperation({
  name: 'CreateComponent',
  http: { method: 'PUT', uri: '/CreateComponent' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const basics = readComponentBasics(reader);
    const platform = readPlatform(reader);
    const supportedOsVersions = reader.optionalStringList(
      'supportedOsVersions',
      { min: 1, max: 1024 },
      { min: 1, max: 25 },
    );
    const source = readDocumentSource(reader);
    const extras = readComponentExtras(reader);
    const dryRun = reader.optionalBoolean('dryRun') ?? false;
    const document = source.data !== undefined ? checkComponentDocument(source.data) : undefined;
    const request: ComponentRequest = {
      ...basics,
      platform,
      ...(supportedOsVersions ? { supportedOsVersions } : {}),
      source,
      ...extras,
      type: document?.type ?? 'BUILD',
      parameters: document?.parameters ?? [],
    };
    return { request, dryRun };
  },
  access: ({ request }, ctx) => componentChecks(ctx, 'imagebuilder:CreateComponent', request),
  async run({ request, dryRun }, ctx) {
    if (dryRun) throw dryRunOperation(DRY_RUN_MESSAGE);
    const { clientToken, ...params } = request;
    return idempotent(ctx, 'CreateComponent', clientToken, params, () => storeComponent(ctx, request));
  },
});
