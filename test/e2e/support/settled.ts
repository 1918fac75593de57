/**
 * Set-up steps that may fail without failing the whole file: a `before()` records each step's outcome,
 * and each test unwraps only the steps it needs, so that a missing operation fails exactly the tests
 * that depend on it (with the step and the server's error in the message) and no others.
 */
export type Settled<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

export async function settle<T>(work: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** The step's value, or an error naming the step and why it failed. */
export function unwrap<T>(settled: Settled<T>, step: string): T {
  if (settled.ok) return settled.value;
  throw new Error(`set-up step "${step}" failed: ${describeError(settled.error)}`, { cause: settled.error });
}
