// The shared folder beside the repository (../shared: the seed documents and their English
// extractions), found from the repository root so tests work from any working directory.
// A fresh clone has no such folder: the seed-fidelity tests then skip, saying why, instead of
// failing (CI and the development machines have it, and run them).
import fs from 'node:fs';
import path from 'node:path';

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'kindveilig') return dir;
    if (path.dirname(dir) === dir) throw new Error(`Repository root (package.json "kindveilig") not found above ${from}`);
  }
}

export const sharedDir = path.resolve(findRepoRoot(import.meta.dirname), '../shared');

/**
 * Why tests that read `relative` (a path inside the shared folder) cannot run here, or undefined
 * when it is present. The reason is printed once, so a skip is never silent.
 */
export function sharedMissing(relative: string): string | undefined {
  const target = path.join(sharedDir, relative);
  if (fs.existsSync(target)) return undefined;
  const reason = `overgeslagen: ${target} ontbreekt (de map "shared/" naast de repository, met de bronteksten)`;
  console.warn(`[seed-fidelity] ${reason}`);
  return reason;
}

/** The title of a describe block that needs the shared folder, with the skip reason when it is absent. */
export const sharedTitle = (title: string, missing: string | undefined) => (missing ? `${title} (${missing})` : title);
