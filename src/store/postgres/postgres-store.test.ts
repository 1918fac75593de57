// The PostgreSQL backend runs the shared store conformance suite against a database of its own, with a
// second handle on the same database standing for another node.
import { after, before } from 'node:test';
import {
  createTestDatabase,
  describeWithPostgres,
  type TestDatabase,
} from '../conformance/postgres-test-database.js';
import { runStoreConformance } from '../conformance/store-conformance.js';
import { PostgresStore } from './postgres-store.js';

describeWithPostgres('postgres store', (adminUrl) => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase(adminUrl);
  });
  after(async () => {
    await database.drop();
  });
  runStoreConformance('postgres', () => PostgresStore.open(database.url), {
    openSecond: () => PostgresStore.open(database.url),
  });
});
