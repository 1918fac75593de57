/**
 * Loads a policy file for the simulator: parses it as the given type and turns grammar errors into a
 * clear CLI error that names the file, line and column.
 */
import { parsePolicy } from '../policy/document/parse.js';
import type { PolicyInput } from '../policy/authorize/policy-set.js';
import type { ValidationPolicyType } from '../policy/validate/finding.js';
import { CliError, inputName, readInput } from './io.js';

export function loadPolicy(path: string, type: ValidationPolicyType, id?: string): PolicyInput {
  const result = parsePolicy(readInput(path), { type });
  const errors = result.findings.filter((f) => f.findingType === 'ERROR');
  if (!result.document || errors.length > 0) {
    const first = errors[0];
    const where = first?.span ? `:${first.span.start.line}:${first.span.start.column}` : '';
    const what = first ? `${first.issueCode}: ${first.message}` : 'not a usable policy document';
    throw new CliError(`${inputName(path)}${where}: ${what}`);
  }
  return { id: id ?? inputName(path), document: result.document };
}
