import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../src-main/core/clock';

// "Today" is the office's date, not UTC's: at 01:30 in Almaty (UTC+5) it is already the next
// day there while UTC still says the day before.
const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('localToday', () => {
  it('follows the workstation time zone across midnight', () => {
    const clock = { now: () => new Date('2026-11-20T20:30:00Z') };
    process.env.TZ = 'Asia/Almaty';
    expect(localToday(clock)).toBe('2026-11-21');
    process.env.TZ = 'UTC';
    expect(localToday(clock)).toBe('2026-11-20');
  });
});
