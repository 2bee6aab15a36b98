// The crisis page the server rendered (/help, apps/server/src/web/help-page.ts) is complete
// without script. The app's scripts and stylesheet (and the service worker's registration) are
// asked for only once that page has painted, so its first paint on a slow phone waits for
// nothing and competes with nothing; the app then takes over (src/main.tsx).
// Self-contained and classic (no module): it must run in any browser that runs script at all.
(function () {
  var me = document.currentScript;
  if (!me) return;
  var entry = me.getAttribute('data-entry');
  var list = function (name) {
    return (me.getAttribute(name) || '').split(' ').filter(Boolean);
  };
  function load() {
    // The app's stylesheet, held back (print only) until the app switches it on as it takes over.
    list('data-stylesheets').forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.crossOrigin = '';
      link.media = 'print';
      link.setAttribute('data-app-css', '');
      link.href = href;
      document.head.appendChild(link);
    });
    list('data-scripts').forEach(function (src) {
      var classic = document.createElement('script');
      classic.src = src;
      // These scripts (the service worker's registration above all) wait for the window's load
      // event, which has already happened by now: replay it for them once they have run, or the
      // worker that keeps the crisis lines offline would never be registered from this page.
      classic.onload = function () {
        if (document.readyState === 'complete') window.dispatchEvent(new Event('load'));
      };
      document.head.appendChild(classic);
    });
    list('data-preload').forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.appendChild(script);
  }
  var started = false;
  function start() {
    if (started) return;
    started = true;
    load();
  }
  // After the next frame has painted: a timeout queued from an animation frame runs after it.
  requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
  // A page that is not shown (a background tab, a new installed-app window) may get no animation
  // frame for a long time: the app, and the service worker that keeps the crisis lines offline,
  // must not wait for one.
  setTimeout(start, 250);
})();
