import type { UIEvent } from 'react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MessageThreadProps } from './MessageThread';
import { messagingWords as words } from './messaging.words';

const NEAR_BOTTOM_PX = 96;

type ScrollInput = Pick<MessageThreadProps, 'messages' | 'pending' | 'hasOlder' | 'loadingOlder' | 'onLoadOlder' | 'announce'>;

/**
 * Where the thread's scrolling box stands: at the newest message on opening and while the person
 * reads at the bottom; where they were when earlier messages arrive above; loading earlier ones
 * when the top comes into view. Says new and earlier messages in the live region.
 */
export function useThreadScroll({ messages, pending, hasOlder, loadingOlder, onLoadOlder, announce }: ScrollInput) {
  const box = useRef<HTMLDivElement>(null);
  const earlier = useRef<HTMLDivElement>(null);
  const nearBottom = useRef(true);
  const fromBottom = useRef<number | undefined>(undefined);
  const previous = useRef<{ first?: string; last?: string; count: number; pending: number } | undefined>(undefined);
  const first = messages[0]?.id;
  const last = messages.at(-1);

  const loadOlder = () => {
    if (!hasOlder || loadingOlder || !box.current) return;
    fromBottom.current = box.current.scrollHeight - box.current.scrollTop;
    // The person is looking back now: keep their place rather than follow the newest.
    nearBottom.current = false;
    onLoadOlder();
  };

  useLayoutEffect(() => {
    const el = box.current;
    const before = previous.current;
    previous.current = { first, last: last?.id, count: messages.length, pending: pending.length };
    if (!el) return;
    if (before && first !== before.first && fromBottom.current !== undefined) {
      el.scrollTop = el.scrollHeight - fromBottom.current;
      fromBottom.current = undefined;
      const added = messages.length - before.count;
      if (added > 0) announce(words.thread.earlierLoaded(added));
      return;
    }
    const grew = !before || last?.id !== before.last || pending.length > before.pending;
    if (grew && (!before || nearBottom.current || last?.author.isMe || pending.length > before.pending)) el.scrollTop = el.scrollHeight;
    if (before?.last && last && last.id !== before.last && !last.author.isMe) announce(words.thread.newFrom(last.author.name));
  }, [first, last, messages.length, pending.length, announce]);

  // Stay at the newest message while sizes settle (off-screen messages are laid out late, fonts and
  // styles arrive) and while the person reads at the bottom; never pull them down from above.
  useEffect(() => {
    const el = box.current;
    const list = el?.querySelector('ol');
    if (!el || !list || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      if (nearBottom.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  // Scrolling to the top loads earlier messages, as the button does.
  useEffect(() => {
    const target = earlier.current;
    if (!target || !box.current || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadOlder(), { root: box.current });
    observer.observe(target);
    return () => observer.disconnect();
  });

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const el = event.currentTarget;
    nearBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
  };

  return { box, earlier, loadOlder, onScroll };
}
