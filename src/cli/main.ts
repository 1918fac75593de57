/**
 * The `ibiam` command line: wires the subcommands (one file each) to commander and turns CLI errors into
 * a message on standard error and an exit code. Each command's module is loaded only when that command
 * runs (all of them for help), so that `ibiam policy simulate` does not pay for loading the server.
 */
import { Command, CommanderError } from 'commander';
import { CliError } from './io.js';
import { processOutput, type Output } from './output.js';

type Register = (program: Command, out: Output) => void;

/** The top-level commands and how to load their registration. */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  policy: async () => {
    const [validate, simulate] = await Promise.all([
      import('./policy-validate.js'),
      import('./policy-simulate.js'),
    ]);
    return (program, out) => {
      const policy = program
        .command('policy')
        .description('validate and simulate IAM policies')
        .exitOverride();
      validate.registerPolicyValidate(policy, out);
      simulate.registerPolicySimulate(policy, out);
    };
  },
  serve: async () => (await import('./serve.js')).registerServe,
  accounts: async () => (await import('./accounts.js')).registerAccounts,
  decisions: async () => (await import('./decisions.js')).registerDecisions,
  doctor: async () => (await import('./doctor.js')).registerDoctor,
  import: async () => (await import('./import.js')).registerImport,
  setup: async () => (await import('./setup.js')).registerSetup,
  migrate: async () => (await import('./migrate.js')).registerMigrate,
};

/** Builds the program with the named command only, or with every command when none is named. */
export async function buildProgram(out: Output, only?: string): Promise<Command> {
  const program = new Command('ibiam')
    .description('A local AWS IAM, STS and EC2 Image Builder endpoint with an explainable IAM policy engine')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => out.error(s) });
  const names = only !== undefined && only in COMMANDS ? [only] : Object.keys(COMMANDS);
  const registers = await Promise.all(names.map((name) => COMMANDS[name]!()));
  for (const register of registers) register(program, out);
  return program;
}

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], out: Output = processOutput()): Promise<number> {
  const program = await buildProgram(out, argv[0]);
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
