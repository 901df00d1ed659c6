// The OpenAPI document the server generates from its zod schemas, in a stable order (object keys
// sorted, arrays as they are), as committed in openapi/kindveilig.json, and the web's API types
// generated from it by openapi-typescript (web/src/shared/api/schema.gen.ts, committed too, so a
// fresh clone builds without this step). Every contract change shows in a diff.
//   npm run openapi            writes both files
//   npm run openapi -- --check fails when either differs from what the server generates
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createKindveilig } from '../app.ts';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/database.ts';

export const OPENAPI_FILE = path.resolve(import.meta.dirname, '../../openapi/kindveilig.json');
export const API_TYPES_FILE = path.resolve(import.meta.dirname, '../../web/src/shared/api/schema.gen.ts');
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

/** The web's API types for a document from generateOpenApi. */
export async function generateApiTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `// Generated from openapi/kindveilig.json by \`${OPENAPI_COMMAND}\`. Do not edit.\n\n${astToString(ast)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const document = await generateOpenApi();
  const files = [[OPENAPI_FILE, document], [API_TYPES_FILE, await generateApiTypes(document)]] as const;
  if (process.argv.includes('--check')) {
    const stale = files.filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text);
    for (const [file] of stale) console.error(`${path.relative(process.cwd(), file)} verschilt van wat de server genereert: voer \`${OPENAPI_COMMAND}\` uit en commit het resultaat.`);
    if (stale.length) process.exit(1);
    console.log('OpenAPI-document en API-types zijn actueel.');
  } else {
    for (const [file, text] of files) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`Geschreven: ${path.relative(process.cwd(), file)}`);
    }
  }
}
