import { useEffect } from 'react';
import { useRealtimeEvents } from '../realtime/realtime';

interface NotificationsLiveProps {
  /** A notification was written for this person, or events may have been missed: refetch. */
  onChange: () => void;
  onStatus: (live: boolean) => void;
}

/**
 * The bell's link to the tab's shared event stream: `notification.created` (ids only) and
 * `resync` call `onChange`. Renders nothing; loaded lazily by the bell (the stream's code is not
 * in the first download) and mounted for as long as someone is signed in.
 */
export default function NotificationsLive({ onChange, onStatus }: NotificationsLiveProps) {
  const connected = useRealtimeEvents((notice) => {
    if (notice.type === 'notification.created' || notice.type === 'resync') onChange();
  });
  useEffect(() => onStatus(connected), [connected, onStatus]);
  return null;
}
