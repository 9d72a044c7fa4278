/**
 * Vite builds the dashboard into dist/: two HTML pages (the dashboard, the receipt check) and hashed assets under dist/assets/
 * (served by the read API with long cache lifetimes). No inline script or style is emitted,
 * so the page runs under a Content-Security-Policy that allows only its own origin. Every text
 * file gets brotli and gzip twins (build/precompress.ts), and the previous build's assets stay
 * beside the new ones (build/keep-previous-build.ts), so a rebuild never breaks a page already
 * open against a running server.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { keepPreviousBuild } from './build/keep-previous-build.ts';
import { precompress } from './build/precompress.ts';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [keepPreviousBuild(), precompress()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: false,
    target: 'es2022',
    // Modern browsers preload modules themselves: no polyfill, nothing inline.
    modulePreload: { polyfill: false },
    // A tiny asset must still be a file, never a data: URL inlined into the page.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    // Two pages: the dashboard, and the ballot receipt check (its own bundle: the page's
    // ristretto255 arithmetic never weighs on the dashboard).
    rollupOptions: { input: { main: page('index.html'), receipt: page('receipt.html') } },
    reportCompressedSize: false,
    // The budget (all JavaScript at most 300 kB gzipped) is measured by `pnpm bench`.
    chunkSizeWarningLimit: 1024,
  },
});
