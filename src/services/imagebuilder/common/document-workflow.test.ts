// Image Builder workflow documents: valid documents yield their parameters; missing steps, unknown step
// actions, repeated step names and bad parameters are InvalidParameterValueException with a position.
// Expectations from https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-workflow-create-document.html
// and https://docs.aws.amazon.com/imagebuilder/latest/userguide/wfdoc-step-actions.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkWorkflowDocument } from './document-workflow.js';

const rejects = (text: string, message: RegExp) =>
  assert.throws(
    () => checkWorkflowDocument(text),
    (error: Error & { code?: string }) => {
      assert.equal(error.code, 'InvalidParameterValueException');
      assert.match(error.message, message);
      return true;
    },
  );

describe('workflow documents', () => {
  it('returns the parameters of a valid document', () => {
    const text = `name: test-image
schemaVersion: 1.0
parameters:
  - name: waitForActionAtEnd
    type: boolean
  - name: regions
    type: stringList
    default: [us-east-1, us-west-2]
    description: Where to look.
steps:
  - name: LaunchTestInstance
    action: LaunchInstance
    onFailure: Abort
  - name: Wait
    action: WaitForAction
`;
    assert.deepEqual(checkWorkflowDocument(text), [
      { name: 'waitForActionAtEnd', type: 'boolean' },
      {
        name: 'regions',
        type: 'stringList',
        defaultValue: ['us-east-1', 'us-west-2'],
        description: 'Where to look.',
      },
    ]);
  });

  it('reports what is wrong and where', () => {
    rejects('schemaVersion: 1.0\n', /the required field 'steps' is missing/);
    rejects('schemaVersion: 1.0\nsteps: []\n', /at least one step/);
    rejects(
      'schemaVersion: 1.0\nsteps:\n  - name: A\n    action: Launch\n',
      /'Launch' is not a supported workflow step action \(line 4, column 13\)/,
    );
    rejects(
      'schemaVersion: 1.0\nsteps:\n  - name: A\n    action: LaunchInstance\n  - name: A\n    action: TerminateInstance\n',
      /parsing step 'A' failed: step names must be unique/,
    );
    rejects(
      'schemaVersion: 1.0\nparameters:\n  - name: p1\n    type: float\nsteps: []\n',
      /parameter 'p1' must have a type/,
    );
    rejects(
      'schemaVersion: 1.0\nsteps:\n  - name: A\n    action: LaunchInstance\n    onFailure: Ignore\n',
      /onFailure must be one of Abort, Continue/,
    );
  });
});
