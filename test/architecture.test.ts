// docs/architecture.md draws the folders of src/ as layers, each importing only from the layers below
// it. This keeps that picture true: a new import that points up (or sideways into a cycle) fails here,
// naming the file and the import, instead of turning the folders back into a tangle.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'src');

/** Bottom first: a folder may import from any folder listed before it, never from one after it. */
export const LAYERS = [
  'util',
  'report',
  'settings',
  'stores',
  'archive',
  'postgres',
  'discovery',
  'bytes',
  'restore',
  'backup',
  'fleet',
  'verify',
  'drill',
  'recovery',
  'github',
  'demo',
  'actions',
  'cli',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(path.join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(dir, entry.name)]
        : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
}

describe('src/ folders import one way', () => {
  it('every folder of src/ has its place in the layers', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !LAYERS.includes(f))).toEqual([]);
  });

  it('no module imports from a folder above its own', () => {
    const upward: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = path.relative(SRC, file).split(path.sep)[0];
      for (const spec of importsOf(file)) {
        const to = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
        if (to === from || !LAYERS.includes(to)) continue;
        if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) upward.push(`${path.relative(SRC, file)} imports ${spec}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
