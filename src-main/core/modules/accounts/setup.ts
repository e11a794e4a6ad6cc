import { count } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import { isoNow } from '../../clock';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { officeIdentity, readSettings, writeSetting } from '../settings/policies';
import { users } from './schema';
import { createUser } from './users';

export function isInitialized(ctx: Pick<ServiceContext, 'db'>): boolean {
  const row = ctx.db.select({ n: count() }).from(users).get();
  return (row?.n ?? 0) > 0;
}

export function setupStatus(ctx: ServiceContext): Output<'setup.status'> {
  const s = readSettings(ctx.db, ['office.name', 'office.districtKato']);
  const office = officeIdentity(ctx.db);
  return {
    initialized: isInitialized(ctx),
    officeName: office.nameRu || (s['office.name'] ?? null),
    officeNameKk: office.nameKk || null,
    officeNameRu: office.nameRu || null,
    districtKato: s['office.districtKato'] ?? null,
  };
}

/** First run: the office, its district and the first administrator, all in one transaction. */
export function initialize(
  ctx: ServiceContext,
  input: ParsedInput<'setup.initialize'>,
): Output<'setup.initialize'> {
  if (isInitialized(ctx)) throw new AppError('ALREADY_INITIALIZED');
  const admin = createUser(ctx, { ...input.admin, roles: ['admin'], locale: input.locale });
  writeSetting(ctx, 'office.name', input.officeName);
  writeSetting(ctx, 'office', {
    nameKk: input.officeNameKk ?? input.officeName,
    nameRu: input.officeName,
    akimatKk: '',
    akimatRu: '',
    headName: '',
    headPositionKk: '',
    headPositionRu: '',
  });
  writeSetting(ctx, 'office.districtKato', input.districtKato);
  writeSetting(ctx, 'office.initializedAt', isoNow(ctx.clock));
  return { adminId: admin.id };
}
