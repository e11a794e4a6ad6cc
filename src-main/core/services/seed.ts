import { v7 as uuidv7 } from 'uuid';
import type { Output, ParsedInput } from '../api/contract';
import { isoNow } from '../clock';
import { applicants } from '../db/schema';
import { personLatinKey, personSearchKey } from '../domain/search-key';
import { syntheticPeople } from '../domain/synthetic-people';
import type { ServiceContext } from './context';
import { reserveChangeSeqs } from './stamps';

const BATCH = 250;

/**
 * Fills the registry with synthetic people (demos, benchmarks, crash tests). Runs inside the
 * router's single transaction: a seed interrupted by a crash leaves all of it or none of it.
 */
export function seedApplicants(
  ctx: ServiceContext,
  input: ParsedInput<'maintenance.seed'>,
): Output<'maintenance.seed'> {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const existing = new Set(
    ctx.sqlite.prepare('SELECT iin FROM applicants WHERE iin IS NOT NULL').pluck().all() as string[],
  );
  let batch: (typeof applicants.$inferInsert)[] = [];
  let inserted = 0;
  const flush = () => {
    if (batch.length) ctx.db.insert(applicants).values(batch).run();
    inserted += batch.length;
    batch = [];
  };
  const at = isoNow(ctx.clock);
  const by = ctx.actor?.userId ?? `${ctx.door}:system`;
  let seq = reserveChangeSeqs(ctx, input.applicants);
  for (const p of syntheticPeople(input.applicants, input.seed, today)) {
    if (existing.has(p.iin)) continue;
    batch.push({
      id: uuidv7(),
      createdAt: at,
      createdBy: by,
      updatedAt: at,
      updatedBy: by,
      changeSeq: seq++,
      ...p,
      iinMissingReason: null,
      citizenship: 'citizen',
      docType: null,
      docNumber: null,
      docDate: null,
      docIssuer: null,
      maritalStatus: null,
      legalCapacity: 'capable',
      capacityCourtDecision: null,
      capacityCourtDate: null,
      deathDate: null,
      consentDate: null,
      consentForm: null,
      consentRef: null,
      searchKey: personSearchKey(p.lastName, p.firstName, p.patronymic),
      latinKey: personLatinKey(p.lastName, p.firstName),
      phoneDigits: p.phone ? p.phone.replace(/\D/g, '') : null,
      deletedAt: null,
    });
    if (batch.length >= BATCH) flush();
  }
  flush();
  // One audit entry for the batch: the people are synthetic, the fact of seeding is what matters.
  ctx.audit({
    entity: 'applicant',
    entityId: '*',
    action: 'seed',
    changes: { count: [null, inserted], seed: [null, input.seed] },
  });
  return { inserted };
}
