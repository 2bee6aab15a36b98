/**
 * For the server pages' tests: the shape of the built apps/web/dist/index.html that the server
 * fills (Vite's entry, a preload, the stylesheet, the per-page preload lists, the PWA's manifest
 * and service-worker registration, and the no-script apology).
 */
export const builtShell = `<!doctype html><html lang="en"><head><title>Steadfast</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
    <meta name="steadfast-preload" data-page="home" content="/assets/ClientHomePage-jkl.js /assets/Paper-mno.js">
    <meta name="steadfast-preload" data-page="sign-in" content="/assets/SignInPage-pqr.js">
  <link rel="manifest" href="/manifest.webmanifest"><script id="vite-plugin-pwa:register-sw" src="/registerSW.js" defer></script></head><body><div id="root"></div><noscript><p>Steadfast needs JavaScript turned on.</p></noscript></body></html>`;
