// The web console through a running server: /console is served without a signature (only the app's files;
// its data comes from signed API calls), index.html and assets with their types, 404 for what is not a
// file of the console, and nothing outside dist/console.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from './harness.js';
import { get } from './support/raw-http.js';

const BUILT = join(process.cwd(), 'dist', 'console');
const built = existsSync(join(BUILT, 'index.html'));

describe('the web console over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it(
    'serves index.html and the assets unauthenticated',
    { skip: !built && 'dist/console is not built' },
    async () => {
      const index = await get(server.url, '/console');
      assert.equal(index.status, 200);
      assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(index.headers['cache-control'], 'no-cache');
      const script = readdirSync(join(BUILT, 'assets')).find((name) => name.endsWith('.js'));
      assert.ok(script);
      const asset = await get(server.url, `/console/assets/${script}`);
      assert.equal(asset.status, 200);
      assert.equal(asset.headers['content-type'], 'text/javascript; charset=utf-8');
      assert.match(String(asset.headers['cache-control']), /immutable/);
    },
  );

  it('answers 404 for missing files and for paths that leave the directory', async () => {
    for (const path of [
      '/console/no-such-file.js',
      '/console/../package.json',
      '/console/%2e%2e/%2e%2e/package.json',
    ]) {
      const answer = await get(server.url, path);
      assert.equal(answer.status, 404, path);
      assert.match(String(answer.headers['content-type']), /^text\/plain/);
      assert.doesNotMatch(answer.body, /"name": "ibiam"/);
    }
  });
});
