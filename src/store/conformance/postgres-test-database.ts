/**
 * PostgreSQL for tests: IBIAM_TEST_POSTGRES names a server (postgres://USER@HOST:PORT/DATABASE, a user
 * allowed to create databases; .ci/run starts a throwaway cluster and sets it), and each suite gets a
 * database of its own, dropped afterwards. Without the variable the suites are skipped with a named
 * reason, except in CI (CI=true), where a missing server fails instead of passing silently.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const POSTGRES_ENV = 'IBIAM_TEST_POSTGRES';

/** The named reason PostgreSQL suites are skipped with on a machine without the server. */
export const NO_POSTGRES = `postgres: ${POSTGRES_ENV} is not set (.ci/run starts a cluster and sets it)`;

const inCi = (): boolean => ['true', '1'].includes((process.env['CI'] ?? '').toLowerCase());

/**
 * A suite that needs PostgreSQL: run when IBIAM_TEST_POSTGRES is set; otherwise skipped with NO_POSTGRES
 * locally, and failed in CI.
 */
export function describeWithPostgres(name: string, fn: (adminUrl: string) => void): void {
  const adminUrl = process.env[POSTGRES_ENV];
  if (adminUrl) {
    describe(name, () => fn(adminUrl));
  } else if (inCi()) {
    describe(name, () => {
      it('has a PostgreSQL server to run against', () => {
        assert.fail(`${POSTGRES_ENV} is not set in CI: .ci/run must start PostgreSQL and export it`);
      });
    });
  } else {
    describe(name, { skip: NO_POSTGRES }, () => {});
  }
}

export interface TestDatabase {
  /** The URL of the new, empty database. */
  readonly url: string;
  /** Drops the database (closing any connection still open to it). */
  drop(): Promise<void>;
}

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the server of `adminUrl`. */
export async function createTestDatabase(adminUrl: string, prefix = 'ibiam_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(
        () => {},
      ),
  };
}
