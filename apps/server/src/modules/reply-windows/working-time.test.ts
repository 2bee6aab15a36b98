import { describe, expect, it } from 'vitest';
import { offsetMs, offsetSpanAround } from './working-time';

const hours = (n: number) => n * 3_600_000;

describe('offsetSpanAround', () => {
  it('ends the span at the clock change, to the second', () => {
    // BST ends at 01:00 UTC on 25 October 2026.
    const now = new Date('2026-10-24T12:00:00Z');
    const span = offsetSpanAround(now, 'Europe/London');
    expect(span.offsetMs).toBe(hours(1));
    expect(span.until.toISOString()).toBe('2026-10-25T01:00:00.000Z');
    expect(span.from.toISOString()).toBe('2026-10-23T00:00:00.000Z');
    expect(offsetMs(new Date(span.until.getTime() - 1000), 'Europe/London')).toBe(hours(1));
    expect(offsetMs(span.until, 'Europe/London')).toBe(0);
  });

  it('starts the span at the clock change behind it', () => {
    const span = offsetSpanAround(new Date('2026-10-25T03:30:00Z'), 'Europe/London');
    expect(span.offsetMs).toBe(0);
    expect(span.from.toISOString()).toBe('2026-10-25T01:00:00.000Z');
    expect(span.until.toISOString()).toBe('2026-10-26T15:30:00.000Z');
  });

  it('reaches a day and a half either way where nothing changes, half-hour zones included', () => {
    const span = offsetSpanAround(new Date('2026-12-03T10:15:30Z'), 'Asia/Kolkata');
    expect(span.offsetMs).toBe(hours(5.5));
    expect(span.from.toISOString()).toBe('2026-12-01T22:15:30.000Z');
    expect(span.until.toISOString()).toBe('2026-12-04T22:15:30.000Z');
  });

  it('holds for every second inside it (a zone that changes at half past)', () => {
    // Lord Howe Island moves by half an hour, at 02:00 local.
    const now = new Date('2026-10-03T12:00:00Z');
    const span = offsetSpanAround(now, 'Australia/Lord_Howe');
    for (let t = span.from.getTime(); t < span.until.getTime(); t += 600_000) expect(offsetMs(new Date(t), 'Australia/Lord_Howe')).toBe(span.offsetMs);
    expect(offsetMs(span.until, 'Australia/Lord_Howe')).not.toBe(span.offsetMs);
  });
});
