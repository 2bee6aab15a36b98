import { cleanup, screen, within } from '@testing-library/react';
import type { CaseloadEntry, CaseloadSignals } from '@steadfast/contracts';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render';
import { CaseloadClientCard } from './CaseloadClientCard';

const NOW = Date.parse('2026-03-03T15:00:00Z'); // a Tuesday; London is on GMT
const LONDON = 'Europe/London';
const FLAG_ID = '5a1f7c2e-8d4b-4c3a-9e6f-1b2c3d4e5f60';

const quiet: CaseloadSignals = {
  messages: { waiting: { before_session: 0, soon: 0, crisis: 0 }, nextReplyDue: null, unseenByMe: 0, lastMessageAt: null },
  flags: { open: 0, highestLevel: null, mostUrgentFlagId: null },
  appointments: null,
  stepUp: null,
  checkins: null,
  stability: null,
};

function client(signals: Partial<CaseloadSignals>): CaseloadEntry {
  return {
    clientId: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
    name: 'Sam Taylor',
    myRole: 'therapist',
    isPrimary: true,
    primaryClinicianName: 'Dana Reyes',
    careTeam: [{ clinicianId: '7c6b5a49-3827-4165-9f4e-3d2c1b0a9f8e', name: 'Dana Reyes', role: 'therapist', isPrimary: true, scopes: [] }],
    joinedAt: '2026-01-01T00:00:00.000Z',
    status: 'active',
    coveringFor: null,
    signals: { ...quiet, ...signals },
  };
}

async function card(entry: CaseloadEntry, timeZone = LONDON) {
  renderPage(<CaseloadClientCard client={entry} now={NOW} timeZone={timeZone} />);
  return screen.findByRole('article', { name: 'Sam Taylor' });
}

/** The card's message signals, line by line as they are shown. */
function messagesLine(article: HTMLElement): string[] {
  const block = within(article).getByTestId('caseload-messages');
  return block.children.length > 0 ? [...block.children].map((line) => line.textContent ?? '') : [block.textContent ?? ''];
}

describe('a caseload card says in plain words what waits for the clinician', () => {
  it('names the waiting messages by kind and when the first reply is due, in the practice time zone', async () => {
    const article = await card(
      client({
        messages: {
          waiting: { before_session: 1, soon: 1, crisis: 0 },
          nextReplyDue: { at: '2026-03-05T17:00:00.000Z', intent: 'soon', overdue: false },
          unseenByMe: 2,
          lastMessageAt: '2026-03-03T09:30:00.000Z',
        },
      }),
    );
    expect(messagesLine(article)).toEqual([
      '2 messages waiting (1 ‘soon’, 1 ‘before session’) · ‘soon’ reply due by Thu 17:00',
      '2 messages not opened by you yet · Last message 09:30',
    ]);
    expect(within(article).getByRole('link', { name: '2 messages waiting (1 ‘soon’, 1 ‘before session’)' }).getAttribute('href')).toBe(
      '/clients/0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70/messages',
    );
  });

  it('reads the same moment in another practice’s zone', async () => {
    const article = await card(
      client({
        messages: {
          waiting: { before_session: 0, soon: 2, crisis: 0 },
          nextReplyDue: { at: '2026-03-05T17:00:00.000Z', intent: 'soon', overdue: false },
          unseenByMe: 0,
          lastMessageAt: '2026-03-03T14:00:00.000Z',
        },
      }),
      'America/New_York',
    );
    expect(messagesLine(article)).toEqual(['2 ‘soon’ messages waiting · ‘soon’ reply due by Thu 12:00', 'Last message 09:00']);
  });

  it('says calmly that a reply is overdue, in words and not by colour alone, even before the next fetch', async () => {
    // The server fetched this at 13:59, when it was not yet overdue; the page's clock has moved on.
    const article = await card(
      client({
        messages: {
          waiting: { before_session: 0, soon: 1, crisis: 0 },
          nextReplyDue: { at: '2026-03-03T14:00:00.000Z', intent: 'soon', overdue: false },
          unseenByMe: 0,
          lastMessageAt: '2026-03-02T10:00:00.000Z',
        },
      }),
    );
    expect(messagesLine(article)).toEqual(['1 ‘soon’ message waiting · ‘soon’ reply overdue since 14:00', 'Last message Mon 10:00']);
    expect(within(article).getByText('‘soon’ reply overdue since 14:00').tagName).toBe('TIME');
  });

  it('shows a crisis message waiting with no promised time, and a quiet conversation as quiet', async () => {
    const crisis = await card(
      client({
        messages: { waiting: { before_session: 0, soon: 0, crisis: 1 }, nextReplyDue: null, unseenByMe: 1, lastMessageAt: '2026-02-20T10:00:00.000Z' },
      }),
    );
    expect(messagesLine(crisis)).toEqual(['1 ‘crisis’ message waiting', '1 message not opened by you yet · Last message Fri 20 Feb 10:00']);
  });

  it('says nothing waits when nothing does', async () => {
    expect(messagesLine(await card(client({})))).toEqual(['Nothing waiting for a reply', 'No messages yet']);
  });

  it('tells a clinician without the messages scope that messages are not shared, and nothing else about them', async () => {
    const article = await card(client({ messages: null }));
    expect(messagesLine(article)).toEqual(['Messages are not shared with you for this client.']);
  });

  it('shows an open flag as a badge in words, linking to the flag; several link to the client’s flags', async () => {
    const one = await card(client({ flags: { open: 1, highestLevel: 'imminent', mostUrgentFlagId: FLAG_ID } }));
    expect(within(one).getByRole('link', { name: 'Risk flag: imminent' }).getAttribute('href')).toBe(`/flags/${FLAG_ID}`);
    cleanup();

    const two = await card(client({ flags: { open: 2, highestLevel: 'high', mostUrgentFlagId: FLAG_ID } }));
    expect(within(two).getByRole('link', { name: 'Risk flags: 2, highest high' }).getAttribute('href')).toBe(
      '/clients/0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70/risk',
    );
  });

  it('shows no flag badge when none is open', async () => {
    const article = await card(client({}));
    expect(within(article).queryByTestId('caseload-flag')).toBeNull();
    expect(article.textContent).not.toMatch(/risk/i);
  });

  it('says whose client a covered one is and until when, and names the caller’s role as cover', async () => {
    const covered: CaseloadEntry = {
      ...client({}),
      myRole: null,
      isPrimary: false,
      coveringFor: { clinicianName: 'Dana Reyes', until: '2026-03-09T00:00:00.000Z' },
    };
    const article = await card(covered);
    expect(within(article).getByTestId('caseload-covering').textContent).toBe('You are covering for Dana Reyes until Mon 00:00');
    expect(article.textContent).toContain('Your role: Cover');
  });
});
