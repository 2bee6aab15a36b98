import http from 'node:http';

/** One event as a browser's EventSource would hand it to the page, with when it arrived here. */
export interface StreamedEvent {
  type: string;
  clientId: string | null;
  subjectId?: string;
  /** performance.now() in this process when the event's block was complete. */
  arrivedAt: number;
}

export interface OpenStream {
  /** Ends the stream; resolves once the socket is closed. */
  close(): Promise<void>;
  /** True when the server ended the stream while the benchmark still needed it. */
  droppedEarly(): boolean;
}

/**
 * Opens `GET /api/v1/events` as the signed-in person and calls `onEvent` for each event as its
 * block completes, stamped with the arrival time. Resolves once the stream's `ready` arrived, so
 * nothing sent after that can be missed by a late subscription.
 */
export function openTimedStream(baseUrl: string, cookie: string, onEvent: (event: StreamedEvent) => void): Promise<OpenStream> {
  const url = new URL('/api/v1/events', baseUrl);
  return new Promise((resolve, reject) => {
    let closing = false;
    let dropped = false;
    const req = http.get(url, { headers: { cookie, accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`event stream answered ${res.statusCode}`));
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      let ready = false;
      const closed = new Promise<void>((r) => res.once('close', r));
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = dataOf(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (!data) continue;
          const arrivedAt = performance.now();
          const event = JSON.parse(data) as { type: string; clientId?: string | null; subjectId?: string };
          if (event.type === 'ready' && !ready) {
            ready = true;
            resolve({
              close: async () => {
                closing = true;
                req.destroy();
                await closed;
              },
              droppedEarly: () => dropped,
            });
          }
          onEvent({ type: event.type, clientId: event.clientId ?? null, ...(event.subjectId ? { subjectId: event.subjectId } : {}), arrivedAt });
        }
      });
      res.once('close', () => {
        if (!closing) dropped = true;
      });
    });
    req.on('error', (error) => {
      if (!closing) reject(error);
    });
  });
}

/** The joined `data:` lines of one SSE block, or undefined for a comment or `retry:` block. */
function dataOf(block: string): string | undefined {
  const lines = block
    .split('\n')
    .filter((l) => l.startsWith('data: '))
    .map((l) => l.slice(6));
  return lines.length > 0 ? lines.join('\n') : undefined;
}
