// A Vite build step that writes a brotli (.br) and a gzip (.gz) copy next to every text asset,
// so that the server sends them compressed without compressing per request (@fastify/static's
// `preCompressed`). Compressed once at the highest levels, they are smaller than on-the-fly output.
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;

export function precompress(): Plugin {
  return {
    name: 'kindveilig-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir!;
      await Promise.all(Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name)).map(async (name) => {
        const file = path.join(dir, name);
        const content = await fs.readFile(file);
        if (content.length < 1024) return; // not worth a round of decompression
        await Promise.all([
          brotli(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length } })
            .then((out) => fs.writeFile(`${file}.br`, out)),
          gzip(content, { level: 9 }).then((out) => fs.writeFile(`${file}.gz`, out)),
        ]);
      }));
    },
  };
}
