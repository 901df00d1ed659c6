// package.json's `engines` is true: every installed package (package-lock.json) supports the
// first release of every Node line Kindveilig declares, so `npm ci` on a supported Node gives no
// EBADENGINE warning. Two packages needed Node 22 (cookie 2, content-disposition 3, both ESM only);
// package.json's `overrides` pins their CommonJS lines, which have the same API.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';

const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean };
const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

/** The first release of each Node line the declared range allows. */
const LINE_STARTS = ['20.19.0', '22.13.0', '24.0.0'];

describe('Node engines', () => {
  it('declares the lines it is tested against', () => {
    for (const v of LINE_STARTS) expect(semver.satisfies(v, pkg.engines.node), `${v} in ${pkg.engines.node}`).toBe(true);
    expect(semver.satisfies('20.18.0', pkg.engines.node)).toBe(false);
  });

  it('every installed package supports every declared line', () => {
    const unsupported: string[] = [];
    for (const [where, p] of Object.entries(lock.packages)) {
      const range = p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
      if (!where || !range) continue;
      for (const v of LINE_STARTS) if (!semver.satisfies(v, range)) unsupported.push(`${where.replace(/^.*node_modules\//, '')} needs ${range} (not ${v})`);
    }
    expect(unsupported).toEqual([]);
  });
});
