/**
 * Validates an AWSTOE component document the way Image Builder does before it stores a component:
 * `schemaVersion` 1.0, a `phases` list whose phases (build, validate, test, each at most once) hold
 * `steps`, each step with a name unique in its phase and a known action module (with `inputs` where the
 * module needs them), plus the optional `parameters` and `constants` sections. It returns what the
 * component derives from its document: its type (TEST when only a test phase runs) and its parameters.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-use-documents.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-user-defined-variables.html
 */
import { ACTIONS_REQUIRING_INPUTS, COMPONENT_ACTIONS } from './document-actions.js';
import { DocumentChecker } from './document-checker.js';
import { scalarText } from './document-yaml.js';

export type ComponentType = 'BUILD' | 'TEST';

export type ComponentParameterDetail = {
  readonly name: string;
  readonly type: string;
  readonly defaultValue?: readonly string[];
  readonly description?: string;
};

export interface ComponentDocument {
  readonly type: ComponentType;
  readonly parameters: readonly ComponentParameterDetail[];
}

const PHASES = ['build', 'validate', 'test'];
const ON_FAILURE = ['Abort', 'Continue', 'Ignore'];

export function checkComponentDocument(text: string, member = 'data'): ComponentDocument {
  const doc = new DocumentChecker(text, member, 'component');
  doc.schemaVersion();
  doc.optionalString('name', doc.root, []);
  doc.optionalString('description', doc.root, []);
  const names = new Set<string>();
  const parameters = readParameters(doc, names);
  readConstants(doc, names);
  if (doc.root['phases'] === undefined) doc.fail([], "the required field 'phases' is missing");
  const phases = doc.list(doc.root['phases'], ['phases'], "'phases'");
  if (phases.length === 0) doc.fail(['phases'], "'phases' must list at least one phase");
  const seenPhases = new Set<string>();
  phases.forEach((raw, i) => {
    const path = ['phases', i];
    const phase = doc.map(raw, path, `phase ${i + 1}`);
    const name = doc.string(phase['name'], [...path, 'name'], `the name of phase ${i + 1}`);
    if (!PHASES.includes(name))
      doc.fail([...path, 'name'], `phase '${name}' is not one of the phases build, validate or test`);
    if (seenPhases.has(name)) doc.fail([...path, 'name'], `phase '${name}' is defined more than once`);
    seenPhases.add(name);
    if (phase['steps'] === undefined) doc.fail(path, `phase '${name}' has no 'steps'`);
    const steps = doc.list(phase['steps'], [...path, 'steps'], `the steps of phase '${name}'`);
    if (steps.length === 0) doc.fail([...path, 'steps'], `phase '${name}' must have at least one step`);
    const stepNames = new Set<string>();
    steps.forEach((step, j) => checkStep(doc, step, [...path, 'steps', j], name, stepNames));
  });
  const type: ComponentType = seenPhases.has('build') || seenPhases.has('validate') ? 'BUILD' : 'TEST';
  return { type, parameters };
}

function checkStep(
  doc: DocumentChecker,
  raw: unknown,
  path: (string | number)[],
  phase: string,
  names: Set<string>,
): void {
  const step = doc.map(raw, path, `a step of phase '${phase}'`);
  const name = doc.string(step['name'], [...path, 'name'], `the name of a step in phase '${phase}'`);
  const where = `parsing step '${name}' in phase '${phase}' failed`;
  if (names.has(name)) doc.fail([...path, 'name'], `${where}: step names must be unique within a phase`);
  names.add(name);
  if (step['action'] === undefined) doc.fail(path, `${where}: the step has no 'action'`);
  const action = doc.string(step['action'], [...path, 'action'], `${where}: 'action'`);
  if (!COMPONENT_ACTIONS.has(action))
    doc.fail([...path, 'action'], `${where}: '${action}' is not a supported action module`);
  const inputs = step['inputs'];
  const empty =
    inputs === undefined ||
    inputs === null ||
    (Array.isArray(inputs) && inputs.length === 0) ||
    (typeof inputs === 'object' && Object.keys(inputs).length === 0);
  if (empty && ACTIONS_REQUIRING_INPUTS.has(action))
    doc.fail(path, `${where}: action ${action} has no inputs; it requires 'inputs'`);
  const onFailure = step['onFailure'];
  if (onFailure !== undefined && !ON_FAILURE.includes(String(onFailure)))
    doc.fail([...path, 'onFailure'], `${where}: onFailure must be one of ${ON_FAILURE.join(', ')}`);
  doc.stepNumbers(step, path, where);
}

function readParameters(doc: DocumentChecker, names: Set<string>): ComponentParameterDetail[] {
  const raw = doc.root['parameters'];
  if (raw === undefined || raw === null) return [];
  return doc.list(raw, ['parameters'], "'parameters'").map((entry, i) => {
    const path = ['parameters', i];
    const holder = doc.map(entry, path, `parameter ${i + 1}`);
    const keys = Object.keys(holder);
    if (keys.length !== 1)
      doc.fail(path, `parameter ${i + 1} must be a single '<name>: {type, default, description}' entry`);
    const name = keys[0]!;
    doc.variableName(name, path, names);
    const spec = doc.map(holder[name], [...path, name], `parameter '${name}'`);
    if (spec['type'] !== 'string')
      doc.fail([...path, name], `parameter '${name}' must have 'type: string' (the only supported type)`);
    doc.optionalString('description', spec, [...path, name]);
    const defaultValue = spec['default'];
    const text = scalarText(defaultValue);
    if (defaultValue !== undefined && defaultValue !== null && text === undefined)
      doc.fail([...path, name, 'default'], `the default of parameter '${name}' must be a string`);
    return {
      name,
      type: 'string',
      ...(text !== undefined ? { defaultValue: [text] } : {}),
      ...(typeof spec['description'] === 'string' ? { description: spec['description'] } : {}),
    };
  });
}

function readConstants(doc: DocumentChecker, names: Set<string>): void {
  const raw = doc.root['constants'];
  if (raw === undefined || raw === null) return;
  doc.list(raw, ['constants'], "'constants'").forEach((entry, i) => {
    const path = ['constants', i];
    const holder = doc.map(entry, path, `constant ${i + 1}`);
    const keys = Object.keys(holder);
    if (keys.length !== 1) doc.fail(path, `constant ${i + 1} must be a single '<name>: {type, value}' entry`);
    const name = keys[0]!;
    doc.variableName(name, path, names);
    const spec = doc.map(holder[name], [...path, name], `constant '${name}'`);
    if (spec['type'] !== 'string')
      doc.fail([...path, name], `constant '${name}' must have 'type: string' (the only supported type)`);
    if (scalarText(spec['value']) === undefined)
      doc.fail([...path, name], `constant '${name}' must have a 'value'`);
  });
}
