import { appWords } from '../app/app.words';
import classes from './SkipLink.module.css';

/** The first focusable thing on every page: jumps past the header to the page itself. */
export function SkipLink() {
  return (
    <a className={classes.skip} href="#main">
      {appWords.skipToContent}
    </a>
  );
}
