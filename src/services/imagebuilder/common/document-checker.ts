/**
 * The checks component and workflow documents share: structural type checks that name the element, its
 * line and column, the schema version (1.0, the only one), and step names that must be unique. Every
 * problem is InvalidParameterValueException, with a message that says what to fix and where.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-use-documents.html
 */
import { invalidParameterValue } from './errors.js';
import { isMap, parseDocumentText, type DocumentPath, type ParsedDocument } from './document-yaml.js';

export type DocumentKind = 'component' | 'workflow';

/** Names of parameters and constants: 3-128 characters, letters, digits, dashes and underscores. */
const VARIABLE_NAME = /^[A-Za-z0-9_-]{3,128}$/;

export class DocumentChecker {
  readonly root: Record<string, unknown>;
  private readonly document: ParsedDocument;

  constructor(
    text: string,
    private readonly member: string,
    private readonly kind: DocumentKind,
  ) {
    this.document = parseDocumentText(text, member);
    const value = this.document.value;
    if (!isMap(value)) this.fail([], `a ${kind} document must be a YAML or JSON object`);
    this.root = value;
  }

  fail(path: DocumentPath, problem: string): never {
    throw invalidParameterValue(
      `The ${this.kind} document in parameter '${this.member}' is not valid: ${problem}${this.document.where(path)}.`,
    );
  }

  map(value: unknown, path: DocumentPath, what: string): Record<string, unknown> {
    if (!isMap(value)) this.fail(path, `${what} must be an object`);
    return value;
  }

  list(value: unknown, path: DocumentPath, what: string): readonly unknown[] {
    if (!Array.isArray(value)) this.fail(path, `${what} must be a list`);
    return value;
  }

  string(value: unknown, path: DocumentPath, what: string): string {
    if (typeof value !== 'string' || value.trim() === '')
      this.fail(path, `${what} must be a non-empty string`);
    return value;
  }

  optionalString(key: string, holder: Record<string, unknown>, path: DocumentPath): void {
    const value = holder[key];
    if (value !== undefined && value !== null && typeof value !== 'string')
      this.fail([...path, key], `'${key}' must be a string`);
  }

  /** `schemaVersion: 1.0` (YAML reads the unquoted 1.0 as the number 1). */
  schemaVersion(): void {
    const value = this.root['schemaVersion'];
    if (value === undefined || value === null) this.fail([], "the required field 'schemaVersion' is missing");
    if (value !== 1 && value !== '1.0' && value !== '1')
      this.fail(['schemaVersion'], `schemaVersion ${JSON.stringify(value)} is not supported; use 1.0`);
  }

  /** A variable name (parameter or constant), unique among all the document's variables. */
  variableName(name: string, path: DocumentPath, seen: Set<string>): void {
    if (!VARIABLE_NAME.test(name))
      this.fail(
        path,
        `the name '${name}' is not valid: use 3 to 128 letters, digits, dashes (-) or underscores (_)`,
      );
    if (seen.has(name)) this.fail(path, `the name '${name}' is defined more than once`);
    seen.add(name);
  }

  /** `timeoutSeconds` (a positive integer, or -1 for no timeout) and `maxAttempts` (a positive integer). */
  stepNumbers(step: Record<string, unknown>, path: DocumentPath, where: string): void {
    const timeout = step['timeoutSeconds'];
    if (timeout !== undefined && !(Number.isInteger(timeout) && ((timeout as number) > 0 || timeout === -1)))
      this.fail([...path, 'timeoutSeconds'], `${where}: timeoutSeconds must be a positive integer or -1`);
    const attempts = step['maxAttempts'];
    if (attempts !== undefined && !(Number.isInteger(attempts) && (attempts as number) > 0))
      this.fail([...path, 'maxAttempts'], `${where}: maxAttempts must be a positive integer`);
  }
}
