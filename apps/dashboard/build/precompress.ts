/**
 * A Vite plugin writing a brotli (`.br`) and a gzip (`.gz`) twin beside every text file of the
 * build, at the slowest and smallest settings: they are made once per build, and the read API
 * sends the twin a visitor's browser accepts (@fastify/static's `preCompressed`) instead of
 * compressing the same bytes on every visit.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The files worth compressing: text. Images other than SVG are compressed already. */
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;

/** Writes `.br` and `.gz` twins of `bytes` at `path`. */
export function writeCompressedTwins(path: string, bytes: Uint8Array): void {
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
}

/** The plugin: after the bundle is written, compress each of its text files. */
export function precompress(): Plugin {
  return {
    name: 'govledger-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const bytes =
          output.type === 'chunk'
            ? Buffer.from(output.code)
            : typeof output.source === 'string'
              ? Buffer.from(output.source)
              : output.source;
        writeCompressedTwins(join(dir, fileName), bytes);
      }
    },
  };
}
