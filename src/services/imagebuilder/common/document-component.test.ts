// AWSTOE component documents: what a valid document yields (type, parameters) and how each kind of
// mistake is reported (InvalidParameterValueException with the element and its line and column).
// Expectations from https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-use-documents.html
// and https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-user-defined-variables.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkComponentDocument } from './document-component.js';

const doc = (phases: string, head = 'schemaVersion: 1.0\n') => `${head}phases:\n${phases}`;
const step = (name: string, action: string, inputs = '\n          inputs:\n            commands: [x]') =>
  `      - name: ${name}\n        action: ${action}${inputs.replace(/\n {10}/g, '\n        ').replace(/\n {12}/g, '\n          ')}\n`;

function rejects(text: string, message: RegExp): void {
  assert.throws(
    () => checkComponentDocument(text),
    (error: Error & { code?: string }) => {
      assert.equal(error.code, 'InvalidParameterValueException');
      assert.match(error.message, message);
      return true;
    },
  );
}

describe('component documents', () => {
  it('accepts the documented example shape and derives BUILD and the parameters', () => {
    const text = `name: Download AWS CLI version 2
schemaVersion: 1.0
parameters:
  - Source:
      type: string
      default: 'https://awscli.amazonaws.com/AWSCLIV2.msi'
      description: The AWS CLI installer source URL.
constants:
  - Target:
      type: string
      value: C:\\Windows\\Temp\\AWSCLIV2.msi
phases:
  - name: build
    steps:
      - name: Download
        action: WebDownload
        inputs:
          - source: '{{ Source }}'
            destination: '{{ Target }}'
      - name: Reboot
        action: Reboot
`;
    assert.deepEqual(checkComponentDocument(text), {
      type: 'BUILD',
      parameters: [
        {
          name: 'Source',
          type: 'string',
          defaultValue: ['https://awscli.amazonaws.com/AWSCLIV2.msi'],
          description: 'The AWS CLI installer source URL.',
        },
      ],
    });
  });

  it('derives TEST when only the test phase is defined, and reads JSON too', () => {
    const json = JSON.stringify({
      schemaVersion: '1.0',
      phases: [
        { name: 'test', steps: [{ name: 'T', action: 'ExecuteBash', inputs: { commands: ['true'] } }] },
      ],
    });
    assert.equal(checkComponentDocument(json).type, 'TEST');
  });

  it('reports syntax errors with their line and column', () => {
    rejects('phases: [\n', /not valid YAML or JSON: .*\(line \d+, column \d+\)/);
    rejects('a: 1\na: 2\n', /Map keys must be unique \(line 2, column 1\)/);
  });

  it('requires an object with schemaVersion 1.0 and a non-empty phases list', () => {
    rejects('- just a list\n', /must be a YAML or JSON object/);
    rejects('phases: []\n', /required field 'schemaVersion'/);
    rejects('schemaVersion: "2.0"\nphases: []\n', /schemaVersion "2.0" is not supported/);
    rejects('schemaVersion: 1.0\n', /required field 'phases'/);
    rejects('schemaVersion: 1.0\nphases: {}\n', /'phases' must be a list \(line 2, column 9\)/);
    rejects('schemaVersion: 1.0\nphases: []\n', /at least one phase/);
  });

  it('requires known, unique phase names with steps', () => {
    rejects(
      doc(`  - name: deploy\n    steps: []\n`),
      /phase 'deploy' is not one of the phases build, validate or test/,
    );
    rejects(
      doc(
        `  - name: build\n    steps:\n${step('A', 'Reboot', '')}  - name: build\n    steps:\n${step('B', 'Reboot', '')}`,
      ),
      /phase 'build' is defined more than once/,
    );
    rejects(doc(`  - name: build\n`), /phase 'build' has no 'steps'/);
    rejects(doc(`  - name: build\n    steps: []\n`), /phase 'build' must have at least one step/);
  });

  it('requires named steps with known action modules, unique names and inputs where needed', () => {
    rejects(
      doc(`  - name: build\n    steps:\n      - action: Reboot\n`),
      /the name of a step in phase 'build' must be a non-empty string/,
    );
    rejects(
      doc(`  - name: build\n    steps:\n      - name: A\n`),
      /parsing step 'A' in phase 'build' failed: the step has no 'action'/,
    );
    rejects(
      doc(`  - name: build\n    steps:\n${step('A', 'executebash')}`),
      /'executebash' is not a supported action module \(line 6, column 17\)/,
    );
    rejects(
      doc(`  - name: build\n    steps:\n${step('A', 'ExecuteBash', '')}`),
      /action ExecuteBash has no inputs; it requires 'inputs'/,
    );
    rejects(
      doc(`  - name: validate\n    steps:\n${step('A', 'Reboot', '')}${step('A', 'Reboot', '')}`),
      /step names must be unique within a phase/,
    );
  });

  it('checks step settings', () => {
    const withSetting = (setting: string) =>
      doc(`  - name: build\n    steps:\n      - name: A\n        action: Reboot\n        ${setting}\n`);
    rejects(withSetting('onFailure: Retry'), /onFailure must be one of Abort, Continue, Ignore/);
    rejects(withSetting('timeoutSeconds: 0'), /timeoutSeconds must be a positive integer or -1/);
    rejects(withSetting('maxAttempts: -2'), /maxAttempts must be a positive integer/);
    assert.equal(checkComponentDocument(withSetting('timeoutSeconds: -1')).type, 'BUILD');
  });

  it('checks parameter and constant definitions', () => {
    const withHead = (head: string) =>
      doc(`  - name: build\n    steps:\n${step('A', 'Reboot', '')}`, `schemaVersion: 1.0\n${head}`);
    rejects(withHead('parameters:\n  - ab:\n      type: string\n'), /the name 'ab' is not valid/);
    rejects(
      withHead('parameters:\n  - Count:\n      type: integer\n'),
      /parameter 'Count' must have 'type: string'/,
    );
    rejects(
      withHead(
        'parameters:\n  - Same:\n      type: string\nconstants:\n  - Same:\n      type: string\n      value: x\n',
      ),
      /the name 'Same' is defined more than once/,
    );
    rejects(
      withHead('constants:\n  - NoValue:\n      type: string\n'),
      /constant 'NoValue' must have a 'value'/,
    );
  });
});
