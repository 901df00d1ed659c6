// The OpenAPI document the server generates from its zod schemas, in a stable order (object keys
// sorted, arrays as they are), as committed in openapi/kindveilig.json. The web's API types are
// generated from that file, so every contract change shows in a diff.
//   npm run openapi            writes the file
//   npm run openapi -- --check fails when the file differs from what the server generates
import fs from 'node:fs';
import path from 'node:path';
import { createKindveilig } from '../app.ts';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/database.ts';

export const OPENAPI_FILE = path.resolve(import.meta.dirname, '../../openapi/kindveilig.json');
export const OPENAPI_COMMAND = 'npm run openapi';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** The document as the file holds it: sorted, two-space indented, with a final newline. */
export async function generateOpenApi(): Promise<string> {
  const db = await openDatabase({});
  try {
    const { app } = await createKindveilig({ ...loadConfig({ NODE_ENV: 'test' }), demo: false }, db);
    const doc = app.swagger();
    await app.close();
    return `${JSON.stringify(sortKeys(doc), null, 2)}\n`;
  } finally {
    await db.destroy();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const generated = await generateOpenApi();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
    if (committed !== generated) {
      console.error(`${path.relative(process.cwd(), OPENAPI_FILE)} verschilt van wat de server genereert: voer \`${OPENAPI_COMMAND}\` uit en commit het resultaat.`);
      process.exit(1);
    }
    console.log('OpenAPI-document is actueel.');
  } else {
    fs.mkdirSync(path.dirname(OPENAPI_FILE), { recursive: true });
    fs.writeFileSync(OPENAPI_FILE, generated);
    console.log(`Geschreven: ${path.relative(process.cwd(), OPENAPI_FILE)}`);
  }
}
