// The import direction of ../shared/ARCHITECTURE.md: src/policy and src/protocol import nothing else from
// src/, src/services nothing from the server, the doctor or the CLI, console/ nothing from src/, and src/policy does no I/O (no node: modules, except node:module and node:path in catalog/ to load static data).
// Tests are exempt: they may read fixtures.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = process.cwd();

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

function violations(layer: string, allowNode: (file: string, spec: string) => boolean): string[] {
  const layerDir = join(root, 'src', layer);
  const found: string[] = [];
  for (const file of sourceFiles(layerDir)) {
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (relative(layerDir, target).startsWith('..'))
          found.push(`${relative(root, file)} imports ${spec}`);
      } else if (spec.startsWith('node:') && !allowNode(file, spec)) {
        found.push(`${relative(root, file)} imports ${spec}`);
      }
    }
  }
  return found;
}

/** Relative imports of the files under `dir` that reach into any of `forbidden` (directories from the root). */
function reachingInto(dir: string, forbidden: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(join(root, dir))) {
    for (const spec of imports(file)) {
      if (!spec.startsWith('.')) continue;
      const target = relative(root, resolve(dirname(file), spec));
      if (forbidden.some((f) => target === f || target.startsWith(`${f}/`)))
        found.push(`${relative(root, file)} imports ${spec}`);
    }
  }
  return found;
}

describe('architecture', () => {
  it('keeps src/services below the server, the doctor and the CLI', () => {
    assert.deepEqual(reachingInto('src/services', ['src/server', 'src/doctor', 'src/cli']), []);
  });

  it('keeps the console a client of the public APIs: it imports nothing from src/', () => {
    assert.deepEqual(reachingInto('console/src', ['src']), []);
  });

  it('keeps src/policy pure and self-contained', () => {
    const allow = (file: string, spec: string) =>
      (spec === 'node:module' || spec === 'node:path') &&
      relative(join(root, 'src/policy/catalog'), file).split('/')[0] !== '..';
    assert.deepEqual(violations('policy', allow), []);
  });

  it('keeps src/protocol self-contained', () => {
    assert.deepEqual(
      violations('protocol', () => true),
      [],
    );
  });
});
