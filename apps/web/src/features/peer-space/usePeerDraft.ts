import { useCallback, useState } from 'react';
import { forgetLocalCopy, is, readLocalCopy, writeLocalCopy } from '../../app/local-copy';

/** Every unsent peer draft of this device's person, by place; forgotten on sign-out (sign-out-cleanup.ts). */
export const PEER_DRAFTS = 'peerDrafts';

type Drafts = Record<string, Record<string, string>>;
const isDrafts = (v: unknown): v is Drafts => is.record(v) && Object.values(v).every((d) => is.record(d) && Object.values(d).every(is.string));

/**
 * A draft kept on the device from the first key press until it is posted: a refused post (too fast,
 * offline, a server hiccup) loses nothing, and neither does a reload.
 */
export function usePeerDraft<F extends string>(place: string, fields: readonly F[]) {
  const [draft, setDraft] = useState<Record<F, string>>(() => {
    const saved = readLocalCopy(PEER_DRAFTS, isDrafts)?.[place] ?? {};
    return Object.fromEntries(fields.map((f) => [f, saved[f] ?? ''])) as Record<F, string>;
  });
  const set = useCallback(
    (field: F, value: string) => {
      setDraft((current) => {
        const next = { ...current, [field]: value };
        const all = readLocalCopy(PEER_DRAFTS, isDrafts) ?? {};
        writeLocalCopy(PEER_DRAFTS, { ...all, [place]: next });
        return next;
      });
    },
    [place],
  );
  const clear = useCallback(() => {
    const all = { ...(readLocalCopy(PEER_DRAFTS, isDrafts) ?? {}) };
    delete all[place];
    if (Object.keys(all).length === 0) forgetLocalCopy(PEER_DRAFTS);
    else writeLocalCopy(PEER_DRAFTS, all);
    setDraft(Object.fromEntries(fields.map((f) => [f, ''])) as Record<F, string>);
  }, [place, fields]);
  return { draft, set, clear };
}
