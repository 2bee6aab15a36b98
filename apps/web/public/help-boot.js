// Loads what follows a page the server painted itself (apps/server/src/web: the crisis screen at
// /help, complete without script, the top of a signed-in client's home at /, and the sign-in
// form, which the server itself signs people in with). Nothing here runs before that page has
// painted. Then:
// - the service worker's registration, always, so the crisis lines open offline next time;
// - the page's print button, which needs nothing but window.print;
// - the app (scripts, stylesheet), only when it has something to add to this page: a session
//   (the person's own safety plan comes first) or copies kept on this device. A signed-out
//   first visit (a link in an e-mail, a friend's phone) already has everything the app would
//   show, and the sign-in form needs nothing from it: booting the whole app on a slow phone
//   would hold up the main thread, and so a tap on "Call", or the keys of someone typing their
//   password, for half a second or more (issue 22). Any link on the page loads the app.
// Self-contained and classic (no module): it must run in any browser that runs script at all.
(function () {
  var me = document.currentScript;
  if (!me) return;
  var entry = me.getAttribute('data-entry');
  var list = function (name) {
    return (me.getAttribute(name) || '').split(' ').filter(Boolean);
  };
  /** True when the app would show more than the server did: a session, or copies kept on this device. */
  function appHasMoreToShow() {
    // The server signs people in through its own form, and sends them on to a page that loads the app.
    var root = document.getElementById('root');
    if (root && root.getAttribute('data-server-page') === 'sign-in') return false;
    var hint = document.querySelector('meta[name="steadfast-session"]');
    if (!hint || hint.getAttribute('content') !== 'signed-out') return true;
    try {
      // The keys of src/app/local-copy.ts (its prefix), crisis-resources.api.ts and safety-plans.api.ts.
      return Boolean(localStorage.getItem('steadfast.crisisLines') || localStorage.getItem('steadfast.safetyPlan'));
    } catch (e) {
      return false;
    }
  }
  /** The server's print button, hidden while nothing could make it work. */
  function enablePrint() {
    var buttons = document.querySelectorAll('[data-print]');
    for (var i = 0; i < buttons.length; i += 1) {
      buttons[i].addEventListener('click', function () {
        window.print();
      });
      buttons[i].parentElement.hidden = false;
    }
  }
  function loadScripts() {
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
  }
  /** Runs each step in a task of its own: a slow phone is never held for all of them at once (issue 22). */
  function oneByOne(steps) {
    if (steps.length === 0) return;
    steps[0]();
    setTimeout(function () {
      oneByOne(steps.slice(1));
    }, 0);
  }
  function preloadModule(href) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  }
  /** Opens one of the page's storage areas: the first use of each waits on the browser, so it gets a task of its own. */
  function openStorage(name) {
    return function () {
      try {
        void window[name].length;
      } catch (e) {
        // Storage switched off: the app copes without it.
      }
    };
  }
  function loadApp() {
    // The router reads session storage as it starts, and the app keeps copies in local storage:
    // opened here, each in a task of its own, rather than inside the app's own longer steps.
    var steps = [openStorage('sessionStorage'), openStorage('localStorage')];
    // The app's stylesheet, held back (print only) until the app switches it on as it takes over.
    list('data-stylesheets').forEach(function (href) {
      steps.push(function () {
        var link = document.createElement('link');
        link.rel = 'stylesheet';
        link.crossOrigin = '';
        link.media = 'print';
        link.setAttribute('data-app-css', '');
        link.href = href;
        document.head.appendChild(link);
      });
    });
    list('data-preload').forEach(function (href) {
      steps.push(function () {
        preloadModule(href);
      });
    });
    steps.push(function () {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = entry;
      document.head.appendChild(script);
    });
    // The page's own code, after the entry's: the app would otherwise link it all in one task as it starts.
    list('data-page-preload').forEach(function (href) {
      steps.push(function () {
        preloadModule(href);
      });
    });
    oneByOne(steps);
  }
  var started = false;
  function start() {
    if (started) return;
    started = true;
    if (!appHasMoreToShow()) {
      loadScripts();
      enablePrint();
      return;
    }
    loadApp();
    // In a task of its own after the app's first step: on a slow phone the two together were a long task.
    setTimeout(loadScripts, 0);
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
