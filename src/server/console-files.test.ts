// The web console's static files, served from a directory: index.html for /console and /console/, content
// types by extension, caching (index.html revalidated, assets/ cached for a year), 404 for missing files,
// no escape from the directory, and a hint to build when the console is not built.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isConsolePath, serveConsoleFile } from './console-files.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);

describe('console files', () => {
  let root: string;
  let dir: string;
  const serve = (path: string, method = 'GET') => serveConsoleFile(method, path, dir);

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'ibiam-console-'));
    dir = join(root, 'console');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ibiam</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'export const x = 1;');
    writeFileSync(join(dir, 'assets', 'index-abc123.css'), 'body{}');
    writeFileSync(join(dir, 'assets', 'logo.png'), PNG);
    writeFileSync(join(dir, 'assets', 'font.woff2'), 'wOF2');
    writeFileSync(join(dir, 'icon.svg'), '<svg/>');
    writeFileSync(join(root, 'secret.txt'), 'not for the web');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('claims GET and HEAD of /console and below only', () => {
    assert.equal(isConsolePath('GET', '/console'), true);
    assert.equal(isConsolePath('GET', '/console/assets/a.js'), true);
    assert.equal(isConsolePath('HEAD', '/console/'), true);
    assert.equal(isConsolePath('POST', '/console/'), false);
    assert.equal(isConsolePath('GET', '/consoles'), false);
    assert.equal(isConsolePath('GET', '/'), false);
  });

  it('serves index.html for /console and /console/, revalidated on every load', async () => {
    for (const path of ['/console', '/console/', '/console/index.html']) {
      const answer = await serve(path);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(answer.headers['cache-control'], 'no-cache');
      assert.equal(Buffer.from(answer.body).toString('utf8'), '<!doctype html><title>ibiam</title>');
    }
  });

  it('serves assets with their content type, cached for a long time, bytes unchanged', async () => {
    const expected: [string, string][] = [
      ['/console/assets/index-abc123.js', 'text/javascript; charset=utf-8'],
      ['/console/assets/index-abc123.css', 'text/css; charset=utf-8'],
      ['/console/assets/logo.png', 'image/png'],
      ['/console/assets/font.woff2', 'font/woff2'],
    ];
    for (const [path, type] of expected) {
      const answer = await serve(path);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers['content-type'], type, path);
      assert.match(answer.headers['cache-control'] ?? '', /max-age=31536000/);
    }
    assert.deepEqual(Buffer.from((await serve('/console/assets/logo.png')).body), PNG);
    const svg = await serve('/console/icon.svg');
    assert.equal(svg.headers['content-type'], 'image/svg+xml');
    assert.equal(svg.headers['cache-control'], 'no-cache');
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await serve('/console/assets/index-abc123.js', 'HEAD');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-length'], String('export const x = 1;'.length));
    assert.equal(answer.body.length, 0);
  });

  it('answers 404 in plain text for a missing file or a directory', async () => {
    for (const path of ['/console/missing.js', '/console/assets', '/console/assets/']) {
      const answer = await serve(path);
      assert.equal(answer.status, 404, path);
      assert.equal(answer.headers['content-type'], 'text/plain; charset=utf-8');
    }
  });

  it('never leaves the console directory', async () => {
    for (const path of [
      '/console/../secret.txt',
      '/console/assets/../../secret.txt',
      '/console/%2e%2e/secret.txt',
      '/console/..%2fsecret.txt',
      '/console/assets/..%5c..%5csecret.txt',
      '/console/%00index.html',
      '/console/%zz',
    ]) {
      const answer = await serve(path);
      assert.equal(answer.status, 404, path);
      assert.doesNotMatch(Buffer.from(answer.body).toString('utf8'), /not for the web/);
    }
  });

  it('says to build the console when it is not built', async () => {
    const answer = await serveConsoleFile('GET', '/console/', join(root, 'not-built'));
    assert.equal(answer.status, 404);
    assert.match(Buffer.from(answer.body).toString('utf8'), /npm run build/);
  });
});
