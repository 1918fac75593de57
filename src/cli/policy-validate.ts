/**
 * `ibiam policy validate FILE... [--type T] [--format text|json|sarif]`: grammar and Access Analyzer-style
 * findings for each file; exit code 1 when any ERROR finding is present.
 */
import type { Command } from 'commander';
import { validatePolicy } from '../policy/validate/validate.js';
import type { ValidationPolicyType } from '../policy/validate/finding.js';
import { formatJson, formatSarif, formatText, type FileFindings } from './format-findings.js';
import { CliError, inputName, readInput } from './io.js';
import type { Output } from './output.js';

export const POLICY_TYPES: readonly ValidationPolicyType[] = [
  'identity',
  'resource',
  'trust',
  'boundary',
  'scp',
  'rcp',
  'session',
];

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif } as const;

export function registerPolicyValidate(policy: Command, out: Output): void {
  policy
    .command('validate')
    .description('validate policy documents (grammar and IAM Access Analyzer checks); exit 1 on any ERROR')
    .argument('<files...>', 'policy files, or - for standard input')
    .option('--type <type>', `policy type: ${POLICY_TYPES.join('|')}`, 'identity')
    .option('--format <format>', 'output format: text|json|sarif', 'text')
    .action((files: string[], options: { type: string; format: string }) => {
      const type = options.type as ValidationPolicyType;
      if (!POLICY_TYPES.includes(type)) throw new CliError(`unknown --type ${options.type}`);
      const format = FORMATS[options.format as keyof typeof FORMATS];
      if (!format) throw new CliError(`unknown --format ${options.format}: use text, json or sarif`);
      const results: FileFindings[] = files.map((file) => ({
        file: inputName(file),
        findings: validatePolicy(readInput(file), type).findings,
      }));
      out.write(format(results));
      const hasError = results.some((r) => r.findings.some((f) => f.findingType === 'ERROR'));
      out.exitCode = hasError ? 1 : 0;
    });
}
