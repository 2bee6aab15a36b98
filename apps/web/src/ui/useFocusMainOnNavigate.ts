import { useEffect } from 'react';
import { useLocation } from 'react-router';

// The first page keeps the browser's own focus; after that, a new page starts at its content.
let firstPage = true;

/**
 * Moves focus to the page's main region after each navigation, so keyboard and screen-reader
 * users land on the new page instead of on the link they left behind.
 */
export function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [pathname]);
}
