// The SQLite backend runs the shared store conformance suite against a temporary database file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreConformance } from '../conformance/store-conformance.js';
import { SqliteStore } from './sqlite-store.js';

const file = join(mkdtempSync(join(tmpdir(), 'ibiam-store-')), 'store.db');
runStoreConformance('sqlite', () => SqliteStore.open(file), {
  openSecond: () => SqliteStore.open(file),
  skips: ['concurrent-handles-in-one-process'],
});
