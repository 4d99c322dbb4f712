import { constants } from 'node:zlib';
import type { Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

/**
 * Brotli and gzip copies beside every text asset, made once at build time; the server picks one per request by
 * Accept-Encoding (server/http/static-client.ts). Phones on a workshop's Wi-Fi get a third of the bytes.
 */
export function compressedCopies(): Plugin {
  return compression({
    algorithms: [
      defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      defineAlgorithm('gzip', { level: 9 }),
    ],
    // The HTML pages (under 1 KB, loaded by every page) too: only files too small to gain are left plain.
    threshold: 256,
    logLevel: 'silent',
  }) as Plugin;
}
