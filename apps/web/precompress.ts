import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

/** Text the browser downloads: what a server should never send uncompressed. */
export const compressibleFile = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;

/**
 * Brotli (quality 11) and gzip (level 9) copies of every text file of the build, made once here
 * so the server sends them as they are (@fastify/static's preCompressed) and spends no CPU on
 * them per request. Runs last, after the service worker is generated, so it is covered too.
 */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'steadfast-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        if (config.build.ssr) return;
        const outDir = path.resolve(config.root, config.build.outDir);
        for (const file of filesUnder(outDir).filter((f) => compressibleFile.test(f))) {
          const content = fs.readFileSync(file);
          const br = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
          const gz = gzipSync(content, { level: 9 });
          // A copy no smaller than the file would only cost the browser time to unpack.
          if (br.length < content.length) fs.writeFileSync(`${file}.br`, br);
          if (gz.length < content.length) fs.writeFileSync(`${file}.gz`, gz);
        }
      },
    },
  };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}
