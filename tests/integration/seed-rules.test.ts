import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { ageOn } from '../../src-main/core/domain/calendar';
import { checkApplication } from '../../src-main/core/modules/cases/domain';
import {
  ASSISTANT_MAX_HOURS_PER_DAY,
  assistantRefusal,
  checkDisability,
  isOrderOverdue,
  OFF_PORTAL_MEASURES,
  termFitsCategory,
} from '../../src-main/core/modules/disability/domain';
import { makeTestApp, manualClock, type TestApp } from '../helpers/app';

// The synthetic registry trials and benchmarks run on must pass the app's own rules (issue 12,
// item 9): every seeded row goes through the same domain checks the services apply.

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ clock: manualClock(new Date('2026-11-20T09:00:00Z')) });
  await t.call('maintenance.seed', { applicants: 1500, seed: 11 });
});
afterAll(() => t.close());

const rows = <T>(sql: string) => t.app.sqlite.prepare(sql).all() as T[];
const TODAY = '2026-11-20';

describe('seeded data passes the rules', () => {
  it('puts everyone in the install’s district', () => {
    const outside = rows<{ n: number }>(
      "SELECT count(*) AS n FROM applicants WHERE kato_code NOT LIKE '1960%'",
    );
    expect(outside[0]?.n).toBe(0);
  });

  it('every disability record fits its holder’s age, category, term and cause (art. 155)', () => {
    const records = rows<{
      category: 'adult';
      group_no: number | null;
      cause: 'general_disease';
      term: 'indefinite';
      established_on: string;
      birth_date: string;
    }>(
      'SELECT d.category, d.group_no, d.cause, d.term, d.established_on, a.birth_date FROM disability_records d JOIN applicants a ON a.id = d.applicant_id',
    );
    expect(records.length).toBeGreaterThan(200);
    const bad = records.filter(
      (r) =>
        Object.keys(
          checkDisability(
            {
              category: r.category,
              group: r.group_no,
              cause: r.cause,
              term: r.term,
              establishedOn: r.established_on,
            },
            r.birth_date,
          ),
        ).length > 0 || !termFitsCategory(r.term, r.category),
    );
    expect(bad).toEqual([]);
    // Children do get child terms: the seed is not all adults.
    expect(records.some((r) => r.term === ('until7' as string))).toBe(true);
  });

  it('individual assistants only for adults of group I with difficulty moving, at most 8 hours (art. 163)', () => {
    const assistants = rows<{
      ipr_id: string;
      hours: number;
      category: 'adult';
      group_no: number;
      movement: number;
    }>(
      `SELECT m.ipr_id, m.hours_per_day AS hours, d.category, d.group_no, d.movement_difficulty AS movement
       FROM ipr_measures m JOIN iprs p ON p.id = m.ipr_id JOIN disability_records d ON d.id = p.disability_record_id
       WHERE m.kind = 'individual_assistant'`,
    );
    expect(assistants.length).toBeGreaterThan(0);
    for (const a of assistants)
      expect(
        assistantRefusal(
          { category: a.category, group: a.group_no, movementDifficulty: a.movement === 1 },
          { childrenWithGroupI: false },
        ),
      ).toBeNull();
    const perProgramme = new Map<string, number>();
    for (const a of assistants) perProgramme.set(a.ipr_id, (perProgramme.get(a.ipr_id) ?? 0) + a.hours);
    expect([...perProgramme.values()].every((h) => h <= ASSISTANT_MAX_HOURS_PER_DAY)).toBe(true);
  });

  it('portal measures have deadlines from the notice and none is left overdue; off-portal ones never (art. 168)', () => {
    const measures = rows<{
      kind: string;
      status: 'sent_to_portal';
      notified_on: string | null;
      order_deadline: string | null;
    }>('SELECT kind, status, notified_on, order_deadline FROM ipr_measures');
    expect(
      measures.filter((m) => isOrderOverdue({ status: m.status, orderDeadline: m.order_deadline }, TODAY)),
    ).toEqual([]);
    expect(measures.filter((m) => m.status === 'sent_to_portal' && !m.notified_on)).toEqual([]);
    expect(
      measures.filter((m) => OFF_PORTAL_MEASURES.includes(m.kind as 'invataxi') && m.order_deadline),
    ).toEqual([]);
  });

  it('every application passes art. 133 and 139 for the person’s age; minors apply through a representative', () => {
    const apps = rows<{
      applied_by: 'self';
      channel: 'egov';
      grounds: string;
      applied_on: string;
      proactive_consent_on: string | null;
      on_behalf_reason: string | null;
      birth_date: string;
    }>(
      'SELECT c.applied_by, c.channel, c.grounds, c.applied_on, c.proactive_consent_on, c.on_behalf_reason, a.birth_date FROM cases c JOIN applicants a ON a.id = c.applicant_id',
    );
    expect(apps.length).toBeGreaterThan(50);
    const bad = apps.filter((c) => {
      const age = ageOn(c.birth_date, c.applied_on);
      const grounds = JSON.parse(c.grounds) as string[];
      if (age < 18 && (grounds.includes('old_age_self_care') || c.applied_by === 'self')) return true;
      return (
        Object.keys(
          checkApplication(
            {
              appliedBy: c.applied_by,
              channel: c.channel,
              grounds: grounds as ['disability'],
              appliedOn: c.applied_on,
              proactiveConsentOn: c.proactive_consent_on,
              onBehalfReason: c.on_behalf_reason,
            },
            age,
          ),
        ).length > 0
      );
    });
    expect(bad).toEqual([]);
  });

  it('the legal fixes find nothing to change in seeded data', async () => {
    const plan = await t.call<Output<'maintenance.legalFixesPlan'>>('maintenance.legalFixesPlan', {});
    expect(plan.changes).toEqual([]);
    expect(plan.reviews).toEqual([]);
  });
});
