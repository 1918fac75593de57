/**
 * ImportComponent: a component made from a script (`format` SHELL) rather than an AWSTOE document. The
 * script becomes a one-step document — ExecuteBash on Linux and macOS, ExecutePowerShell on Windows — in
 * the build phase for a BUILD component or the test phase for a TEST one. The script comes inline
 * (`data`, up to 1,024 characters per the API model) or from S3 (`uri`), never both. Authorized like
 * CreateComponent, as imagebuilder:ImportComponent on the new build version ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportComponent.html
 */
import { stringify } from 'yaml';
import { defineOperation } from '../../../common/operation.js';
import {
  componentChecks,
  readComponentBasics,
  readComponentExtras,
  readPlatform,
  requiredEnum,
  storeComponent,
  type ComponentRequest,
} from '../../common/component-create.js';
import type { Platform } from '../../common/component-shapes.js';
import type { ComponentType } from '../../common/document-component.js';
import { readDocumentSource } from '../../common/document-source.js';
import { idempotent } from '../../common/idempotency.js';
import { JsonReader } from '../../common/input.js';

const MAX_SCRIPT = 1024;

/** The AWSTOE document that runs the script. */
export function scriptDocument(
  name: string,
  type: ComponentType,
  platform: Platform,
  script: string,
): string {
  return stringify({
    name,
    description: 'Imported from a shell script.',
    schemaVersion: '1.0',
    phases: [
      {
        name: type === 'TEST' ? 'test' : 'build',
        steps: [
          {
            name: 'RunScript',
            action: platform === 'Windows' ? 'ExecutePowerShell' : 'ExecuteBash',
            inputs: { commands: [script] },
          },
        ],
      },
    ],
  });
}

export const importComponent = defineOperation({
  name: 'ImportComponent',
  http: { method: 'PUT', uri: '/ImportComponent' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const basics = readComponentBasics(reader);
    const type = requiredEnum<ComponentType>(reader, 'type', ['BUILD', 'TEST']);
    requiredEnum(reader, 'format', ['SHELL']);
    const platform = readPlatform(reader);
    const script = readDocumentSource(reader, 'data', 'uri', MAX_SCRIPT);
    const extras = readComponentExtras(reader);
    const source =
      script.data !== undefined ? { data: scriptDocument(basics.name, type, platform, script.data) } : script;
    const request: ComponentRequest = { ...basics, platform, source, ...extras, type, parameters: [] };
    return request;
  },
  access: (request, ctx) => componentChecks(ctx, 'imagebuilder:ImportComponent', request),
  async run(request, ctx) {
    const { clientToken, ...params } = request;
    return idempotent(ctx, 'ImportComponent', clientToken, params, () => storeComponent(ctx, request));
  },
});
