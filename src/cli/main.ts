/**
 * The `ibiam` command line: wires the subcommands (one file each) to commander and turns CLI errors into
 * a message on standard error and an exit code.
 */
import { Command, CommanderError } from 'commander';
import { CliError } from './io.js';
import { processOutput, type Output } from './output.js';
import { registerPolicySimulate } from './policy-simulate.js';
import { registerPolicyValidate } from './policy-validate.js';
import { registerAccounts } from './accounts.js';
import { registerDecisions } from './decisions.js';
import { registerMigrate } from './migrate.js';
import { registerServe } from './serve.js';
import { registerDoctor } from './doctor.js';
import { registerImport } from './import.js';
import { registerSetup } from './setup.js';

export function buildProgram(out: Output): Command {
  const program = new Command('ibiam')
    .description('A local AWS IAM, STS and EC2 Image Builder endpoint with an explainable IAM policy engine')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => out.error(s) });
  const policy = program.command('policy').description('validate and simulate IAM policies').exitOverride();
  registerPolicyValidate(policy, out);
  registerPolicySimulate(policy, out);
  registerServe(program, out);
  registerAccounts(program, out);
  registerDecisions(program, out);
  registerDoctor(program, out);
  registerImport(program, out);
  registerSetup(program, out);
  registerMigrate(program, out);
  return program;
}

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], out: Output = processOutput()): Promise<number> {
  const program = buildProgram(out);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return out.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      out.error(`ibiam: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
