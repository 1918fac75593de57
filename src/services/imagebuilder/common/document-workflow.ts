/**
 * Validates an Image Builder workflow document: `schemaVersion` 1.0, optional `parameters` (each with a
 * name and a type: string, integer, boolean or stringList), and a `steps` list whose steps have unique
 * names and a supported step action. Returns the parameters as GetWorkflow reports them.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-workflow-create-document.html
 */
import { WORKFLOW_ACTIONS } from './document-actions.js';
import { DocumentChecker } from './document-checker.js';
import { scalarText } from './document-yaml.js';

export type WorkflowParameterDetail = {
  readonly name: string;
  readonly type: string;
  readonly defaultValue?: readonly string[];
  readonly description?: string;
};

const PARAMETER_TYPES = ['string', 'integer', 'boolean', 'stringList'];
const ON_FAILURE = ['Abort', 'Continue'];

export function checkWorkflowDocument(text: string, member = 'data'): readonly WorkflowParameterDetail[] {
  const doc = new DocumentChecker(text, member, 'workflow');
  doc.schemaVersion();
  doc.optionalString('name', doc.root, []);
  doc.optionalString('description', doc.root, []);
  const parameters = readParameters(doc);
  if (doc.root['steps'] === undefined) doc.fail([], "the required field 'steps' is missing");
  const steps = doc.list(doc.root['steps'], ['steps'], "'steps'");
  if (steps.length === 0) doc.fail(['steps'], "'steps' must list at least one step");
  const names = new Set<string>();
  steps.forEach((raw, i) => {
    const path = ['steps', i];
    const step = doc.map(raw, path, `step ${i + 1}`);
    const name = doc.string(step['name'], [...path, 'name'], `the name of step ${i + 1}`);
    const where = `parsing step '${name}' failed`;
    if (names.has(name)) doc.fail([...path, 'name'], `${where}: step names must be unique`);
    names.add(name);
    if (step['action'] === undefined) doc.fail(path, `${where}: the step has no 'action'`);
    const action = doc.string(step['action'], [...path, 'action'], `${where}: 'action'`);
    if (!WORKFLOW_ACTIONS.has(action))
      doc.fail([...path, 'action'], `${where}: '${action}' is not a supported workflow step action`);
    const onFailure = step['onFailure'];
    if (onFailure !== undefined && !ON_FAILURE.includes(String(onFailure)))
      doc.fail([...path, 'onFailure'], `${where}: onFailure must be one of ${ON_FAILURE.join(', ')}`);
    doc.stepNumbers(step, path, where);
  });
  return parameters;
}

function readParameters(doc: DocumentChecker): WorkflowParameterDetail[] {
  const raw = doc.root['parameters'];
  if (raw === undefined || raw === null) return [];
  const seen = new Set<string>();
  return doc.list(raw, ['parameters'], "'parameters'").map((entry, i) => {
    const path = ['parameters', i];
    const spec = doc.map(entry, path, `parameter ${i + 1}`);
    const name = doc.string(spec['name'], [...path, 'name'], `the name of parameter ${i + 1}`);
    if (seen.has(name)) doc.fail([...path, 'name'], `the parameter '${name}' is defined more than once`);
    seen.add(name);
    const type = spec['type'];
    if (typeof type !== 'string' || !PARAMETER_TYPES.includes(type))
      doc.fail([...path, 'type'], `parameter '${name}' must have a type: ${PARAMETER_TYPES.join(', ')}`);
    doc.optionalString('description', spec, path);
    const value = spec['default'];
    const defaults = Array.isArray(value) ? value.map(scalarText) : [scalarText(value)];
    if (value !== undefined && value !== null && defaults.some((d) => d === undefined))
      doc.fail(
        [...path, 'default'],
        `the default of parameter '${name}' must be a scalar or a list of scalars`,
      );
    return {
      name,
      type,
      ...(value !== undefined && value !== null ? { defaultValue: defaults as string[] } : {}),
      ...(typeof spec['description'] === 'string' ? { description: spec['description'] } : {}),
    };
  });
}
