// The contract between server and web: the committed OpenAPI document is what the server
// generates (the web's API types come from it), and the web has a Dutch and an English message
// for every problem code the server can answer with.
import fs from 'node:fs';
import { describe, it, expect } from 'vitest';
import { API_TYPES_FILE, OPENAPI_COMMAND, OPENAPI_FILE, generateApiTypes, generateOpenApi } from '../src/cli/openapi.ts';
import { ERROR_CODES } from '../src/contract/errors.ts';
import { nl } from '../web/src/i18n/nl.ts';
import { en } from '../web/src/i18n/en.ts';

describe('contract', () => {
  const committed = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

  it('openapi/kindveilig.json is the document the server generates, and the web\'s types are generated from it', async () => {
    const document = await generateOpenApi();
    // Not toEqual on the text: a diff of half a megabyte helps no one; the command does.
    expect(committed(OPENAPI_FILE) === document, `openapi/kindveilig.json is out of date: run \`${OPENAPI_COMMAND}\` and commit the result`).toBe(true);
    expect(committed(API_TYPES_FILE) === await generateApiTypes(document),
      `web/src/shared/api/schema.gen.ts is out of date: run \`${OPENAPI_COMMAND}\` and commit the result`).toBe(true);
  });

  it('lists each problem code once', () => {
    expect(ERROR_CODES.filter((c, i) => ERROR_CODES.indexOf(c) !== i)).toEqual([]);
    expect(ERROR_CODES.length).toBeGreaterThan(100);
  });

  it('the web catalogue has a Dutch and an English message for every problem code', () => {
    const catalogue = (messages: Record<string, string>) => ERROR_CODES.filter((c) => !messages[`error.${c}`]?.trim());
    expect(catalogue(nl), 'codes without a message in web/src/i18n (nl)').toEqual([]);
    expect(catalogue(en), 'codes without a message in web/src/i18n (en)').toEqual([]);
  });

  it('the catalogue has no message for a code the server does not have (besides the client\'s own)', () => {
    const clientOnly = ['unexpected', 'network-error'];
    const stale = Object.keys(nl).filter((k) => k.startsWith('error.')).map((k) => k.slice('error.'.length))
      .filter((c) => !clientOnly.includes(c) && !(ERROR_CODES as readonly string[]).includes(c));
    expect(stale).toEqual([]);
  });
});
