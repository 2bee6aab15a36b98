import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './precompress';
import { preloadBootSteps } from './preload-boot';

/** The deep teal of the theme (src/app/theme.ts): white text on it is 5.9:1. */
const THEME_COLOUR = '#10706c';

/**
 * Answers that would hide crisis content (a session that expired, or a network that lies)
 * are treated like no network, so the service worker falls back to the last good copy.
 * Serialised into the generated service worker: it must stay self-contained.
 */
const keepLastGoodCopy = {
  fetchDidSucceed: async ({ response }: { response: Response }) => {
    if (response.status === 401 || response.status === 403 || response.status >= 500) throw new Error(`status ${response.status}`);
    return response;
  },
};

/** Mantine's useId, everywhere Mantine uses it, is the app's (src/app/mantine-use-id.ts says why). */
function mantineUseId(): Plugin {
  const replacement = fileURLToPath(new URL('./src/app/mantine-use-id.ts', import.meta.url));
  return {
    name: 'steadfast-mantine-use-id',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './use-id/use-id.mjs' && importer && /@mantine[\\/]hooks[\\/]/.test(importer)) return replacement;
      return null;
    },
  };
}

/**
 * Mantine works out its default theme's CSS variables when its code is first run, for a comparison
 * it makes only while writing a theme's variables into the page, which this app does not do (the
 * theme's variables are a stylesheet: src/app/theme-variables.test.tsx). On a slow phone that was
 * part of the longest task of the takeover (issue 22): it is worked out the first time it is
 * needed instead. The build stops if Mantine's code changes shape, rather than quietly keeping it.
 */
function mantineLazyDefaultVariables(): Plugin {
  const eager = 'const defaultCssVariables = defaultCssVariablesResolver(DEFAULT_THEME);';
  const use = 'function removeDefaultVariables(input) {';
  return {
    name: 'steadfast-mantine-lazy-default-variables',
    transform(code, id) {
      if (!/@mantine[\\/]core[\\/]esm[\\/].*remove-default-variables\.mjs$/.test(id)) return null;
      if (!code.includes(eager) || !code.includes(use)) this.error(`Mantine's remove-default-variables.mjs has changed: review ${id} and vite.config.ts`);
      return code
        .replace(eager, 'let defaultCssVariablesOnce;')
        .replace(use, `${use}\n\tconst defaultCssVariables = (defaultCssVariablesOnce ??= defaultCssVariablesResolver(DEFAULT_THEME));`);
    },
  };
}

export default defineConfig({
  plugins: [
    mantineUseId(),
    mantineLazyDefaultVariables(),
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      strategies: 'generateSW',
      // An external script, not an inline one: the server's CSP allows scripts from 'self' only.
      injectRegister: 'script-defer',
      includeAssets: ['icons/apple-touch-icon.png'],
      manifest: {
        name: 'Steadfast',
        short_name: 'Steadfast',
        description: 'Stay in touch with your care team between sessions.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOUR,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,ico,webmanifest}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Web push: shows the notification and opens the app on a click (public/push-handler.js,
        // self-contained). The generated worker has no push handling of its own.
        importScripts: ['/push-handler.js'],
        runtimeCaching: [
          {
            // The crisis screen's data: opens with no network and with an expired session.
            urlPattern: ({ url, request }) =>
              request.method === 'GET' && (url.pathname === '/api/v1/crisis-lines' || /^\/api\/v1\/clients\/[^/]+\/safety-plan$/.test(url.pathname)),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'steadfast-crisis',
              networkTimeoutSeconds: 4,
              cacheableResponse: { statuses: [200] },
              plugins: [keepLastGoodCopy],
            },
          },
          {
            // Who the person is, so the crisis screen knows whose plan to show when offline.
            urlPattern: ({ url, request }) => request.method === 'GET' && url.pathname === '/api/v1/me',
            handler: 'NetworkFirst',
            options: { cacheName: 'steadfast-me', networkTimeoutSeconds: 4, cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
    preloadBootSteps('src/main.tsx', {
      home: ['src/app/layouts/SignedInLayout.tsx', 'src/features/home/ClientHomePage.tsx'],
    }),
    precompress(),
  ],
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: {
      // Every browser the app supports follows modulepreload links itself (Safari 17, Firefox 115):
      // the polyfill would only be code to fetch and run at the start of every first load.
      polyfill: false,
      // The contracts' files are fetched side by side by their own loader (src/app/contracts-loader.ts),
      // after zod and the shared types: links ahead of each of them would only cost the main thread.
      // The entry's own steps are linked from index.html already (preload-boot.ts).
      resolveDependencies: (file, deps, { hostId, hostType }) => {
        if (hostType === 'html') return deps;
        if (/contracts-loader|src[\\/]main\.tsx$/.test(hostId)) return [];
        if (/(SignInPage|ClientHomePage|SignedInLayout)-/.test(file)) return deps;
        return deps.filter((dep) => dep.endsWith('.css'));
      },
    },
    rolldownOptions: {
      treeshake: {
        // The contracts only declare schemas and constants. Saying so lets the first download
        // take the zod-free crisis defaults without every schema (and zod) coming along.
        moduleSideEffects: [{ test: /packages[\\/]contracts[\\/]/, sideEffects: false }],
      },
    },
  },
});
