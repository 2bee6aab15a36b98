/** A small Server-Sent Events reader for tests: what a browser's EventSource would receive. */
export interface SseMessage {
  id?: string;
  data: Record<string, unknown>;
}

export interface SseStream {
  status: number;
  messages: SseMessage[];
  comments: string[];
  /** Resolves with the first message (already received or arriving) that matches, or rejects after `timeoutMs`. */
  next(match: (m: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  close(): void;
  closed: Promise<void>;
}

export async function openEventStream(baseUrl: string, cookie: string, opts: { lastEventId?: number } = {}): Promise<SseStream> {
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/api/v1/events`, {
    headers: { cookie, accept: 'text/event-stream', ...(opts.lastEventId !== undefined ? { 'last-event-id': String(opts.lastEventId) } : {}) },
    signal: controller.signal,
  });
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  const closed = (async () => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          parseBlock(buffer.slice(0, end), messages, comments);
          buffer = buffer.slice(end + 2);
          waiters.forEach((w) => w());
        }
      }
    } catch {
      // aborted by close()
    }
  })();

  return {
    status: res.status,
    messages,
    comments,
    closed,
    close: () => controller.abort(),
    next(match, timeoutMs = 2000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(messages.map((m) => m.data))}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
  };
}

function parseBlock(block: string, messages: SseMessage[], comments: string[]) {
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) comments.push(line.slice(1).trim());
    else if (line.startsWith('id: ')) id = line.slice(4);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  if (data.length > 0) messages.push({ ...(id !== undefined ? { id } : {}), data: JSON.parse(data.join('\n')) as Record<string, unknown> });
}
