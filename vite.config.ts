import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { contentSecurityPolicy, securityHeaders, staticWebAppConfig } from './security-headers.ts';

/** The CSP as a <meta> tag in both pages, and staticwebapp.config.json next to them. */
function securityHeadersPlugin(): Plugin {
  return {
    name: 'security-headers',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'staticwebapp.config.json', source: `${JSON.stringify(staticWebAppConfig(), null, 2)}\n` });
    },
  };
}

// Two entries: the wizard, and MSAL v5's redirect bridge page (redirect.html), which must stay tiny:
// it only hands the authority's response back to the main frame (docs/decisions/002-msal-redirect-bridge.md).
export default defineConfig({
  plugins: [react(), securityHeadersPlugin()],
  build: {
    target: 'es2022',
    // No modulepreload polyfill (0.4 kB on every screen): every browser the es2022 target runs in
    // loads the chunks without it; only Safari before 17 then fetches them one after another
    // (docs/decisions/021-fluent-as-published.md).
    modulePreload: { polyfill: false },
    sourcemap: false,
    // .vite/manifest.json: which chunk each source became and what it imports, read by the bundle
    // budget (scripts/bundle-sizes.mjs) to tell the first screen and the demo tenant's chunks apart.
    manifest: true,
    rolldownOptions: {
      // @microsoft/microsoft-graph-client declares no `sideEffects`, so its index keeps the upload
      // tasks (tslib's __extends classes) the wizard never uses; its modules only define classes.
      treeshake: { moduleSideEffects: [{ test: /[\\/]@microsoft[\\/]microsoft-graph-client[\\/]/, sideEffects: false }] },
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        redirect: resolve(import.meta.dirname, 'redirect.html'),
      },
      output: {
        codeSplitting: {
          // The English catalogues that a pure module reads at run time (the check's findings and
          // the region names, for the English JSON report: setup/check-messages.ts), which every
          // language downloads, and the English translation chunk reads too: one chunk for both,
          // not one each (each shared chunk adds its own gzip stream, and its name to the first
          // screen's preload map). Catalogues only the English chunk reads (the plan's, the answer
          // rules', the link parser's: their modules name keys) stay out: in this chunk they would
          // be in every language's download (docs/decisions/026-words-in-one-place.md).
          groups: [{ name: 'english', test: /[\\/]src[\\/]setup[\\/](check-findings|region-names)\.en\.ts$/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  // The built site is previewed, and tested, with the headers it is deployed with.
  preview: { host: '127.0.0.1', port: 4173, headers: securityHeaders() },
});
