import { lazy, useState, type ComponentType } from 'react';

/** A component loaded on first use, as React.lazy does, that can also be loaded ahead of it. */
export type Loadable = ComponentType & { preload(): Promise<void> };

/**
 * React.lazy, plus `preload()`: once the code has arrived, the component draws at once instead
 * of showing its Suspense fallback for a frame. Used for the first page the server painted
 * itself (src/app/server-page.ts), so the app's take-over goes from that page to the same page,
 * not through a loading screen.
 */
export function loadable(load: () => Promise<{ default: ComponentType }>): Loadable {
  let loaded: ComponentType | undefined;
  const remember = (m: { default: ComponentType }) => {
    loaded = m.default;
    return m;
  };
  const Lazy = lazy(() => load().then(remember));
  function LoadablePage() {
    // Chosen once per instance: switching from Lazy to the loaded component later would remount it.
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Component />;
  }
  return Object.assign(LoadablePage, {
    preload: () =>
      load()
        .then(remember)
        .then(() => undefined),
  });
}
