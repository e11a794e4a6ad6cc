import type { Output, ParsedInput } from '../../../api/contract';
import { enumLabel } from '../../../api/enum-labels';
import { fieldLabel, pickLocale } from '../../../api/messages';
import { localToday } from '../../../clock';
import { dmy, OfficeDocument, officeHeader } from '../../../documents/layout';
import { addDays, parseDay } from '../../../domain/calendar';
import { requireActor, type ServiceContext } from '../../../shared/context';
import { providersByIds } from '../../providers/service';
import { certificateHorizons, officeIdentity } from '../../settings/policies';
import { specialistLoad } from '../caseload';
import { listCategories } from '../certification';
import { specialistCard, specialistName } from '../service';
import { SPECIALIST_DOC_TEXTS } from './texts';

// The specialist's register card and the head's list of certificates and categories that are
// ending, as A4 PDFs in the reader's language. Printing is audited (the card holds an IIN).

const dayNumber = (iso: string) => {
  const { y, m, d } = parseDay(iso);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

export async function specialistCardPdf(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.cardPdf'>,
): Promise<Output<'specialists.cardPdf'>> {
  const actor = requireActor(ctx);
  const locale = pickLocale(input.locale);
  const T = SPECIALIST_DOC_TEXTS[locale];
  const e = (group: string, v: string | null | undefined) => enumLabel(locale, group, v);
  const card = specialistCard(ctx, { id: input.id });
  const s = card.specialist;
  const today = localToday(ctx.clock);
  const doc = new OfficeDocument({
    ...officeHeader(officeIdentity(ctx.db), locale),
    title: T.cardTitle,
    numberLine: `${T.asOf} ${dmy(today)}`,
  });
  const employer = s.providerId ? providersByIds(ctx.db, [s.providerId]).get(s.providerId) : undefined;
  doc.heading(T.profile);
  doc.row(T.name, specialistName(s));
  doc.row(T.iin, s.iin);
  doc.row(fieldLabel('position', locale), e('specialistPosition', s.position));
  doc.row(T.employer, employer ? (locale === 'kk' ? employer.nameKk : employer.nameRu) : T.department);
  doc.row(T.phone, s.phone);
  if (s.employedFrom || s.employedTo)
    doc.row(T.employed, `${dmy(s.employedFrom) || '…'} – ${dmy(s.employedTo) || '…'}`);
  doc.row(T.published, s.publishConsent ? T.yes : T.no);
  doc.row(
    T.state,
    `${e('certificationState', s.certState)}${s.certValidUntil ? ` (${dmy(s.certValidUntil)})` : ''}`,
  );

  doc.heading(T.certificates);
  doc.list(
    card.certificates.map(
      (c) =>
        `${c.number}, ${c.issuer}, ${dmy(c.issuedOn)} – ${dmy(c.validUntil)}${c.scope ? `, ${c.scope}` : ''}${c.removedAt ? ` (${T.removed}: ${c.removeReason ?? ''})` : ''}`,
    ),
    T.none,
  );
  const categories = new Map(listCategories(ctx).map((c) => [c.code, locale === 'kk' ? c.nameKk : c.nameRu]));
  doc.heading(T.categories);
  doc.list(
    card.categories.map(
      (c) =>
        `${categories.get(c.categoryCode) ?? c.categoryCode}, № ${c.orderNo}, ${dmy(c.assignedOn)} – ${dmy(c.validUntil)}${c.removedAt ? ` (${T.removed}: ${c.removeReason ?? ''})` : ''}`,
    ),
    T.none,
  );
  doc.heading(T.education);
  doc.list(
    card.education.map(
      (x) =>
        `${e('educationLevel', x.level)}: ${x.institution}, ${x.speciality}${x.diplomaNo ? `, № ${x.diplomaNo}` : ''}${x.diplomaOn ? ` ${dmy(x.diplomaOn)}` : ''}`,
    ),
    T.none,
  );
  doc.heading(T.trainings);
  doc.list(
    card.trainings.map(
      (x) =>
        `${x.course}, ${x.hours} ${T.hours}, ${dmy(x.fromOn)} – ${dmy(x.toOn)}${x.certificateNo ? `, № ${x.certificateNo}` : ''}`,
    ),
    T.none,
  );
  const load = specialistLoad(ctx, s.id);
  doc.heading(T.load);
  doc.row(T.activeCases, String(load.activeCases));
  doc.row(T.recipients, String(load.recipients));
  doc.row(T.hoursPerWeek, String(load.hoursPerWeek));
  doc.footer(`${T.printed}: ${dmy(ctx.clock.now().toISOString())} · ${actor.fullName}`);
  const pdf = await doc.finish();
  ctx.audit({ entity: 'specialist', entityId: s.id, action: 'print' });
  return { fileName: `qamqor-specialist-${s.iin}-${locale}.pdf`, base64: pdf.toString('base64') };
}

interface ExpiryRow {
  id: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  position: string;
  providerId: string | null;
  until: string;
  what: 'certificate' | 'category';
  code: string | null;
}

/**
 * The head's list: every active specialist whose certificate or category ends within `days`
 * (the office's widest band by default), soonest first, and those whose certificate has already
 * ended while they are responsible for an open case.
 */
export async function expiryListPdf(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.expiryPdf'>,
): Promise<Output<'specialists.expiryPdf'>> {
  const actor = requireActor(ctx);
  const locale = pickLocale(input.locale);
  const T = SPECIALIST_DOC_TEXTS[locale];
  const office = officeIdentity(ctx.db);
  const today = localToday(ctx.clock);
  const days = input.days ?? certificateHorizons(ctx.db).noticeDays;
  const until = addDays(today, days);
  const ending = ctx.sqlite
    .prepare(
      `SELECT s.id, s.last_name AS lastName, s.first_name AS firstName, s.patronymic, s.position,
              s.provider_id AS providerId, s.cert_valid_until AS until, 'certificate' AS what, NULL AS code
         FROM specialists s
        WHERE s.active = 1 AND s.cert_valid_until BETWEEN @today AND @until
       UNION ALL
       SELECT s.id, s.last_name, s.first_name, s.patronymic, s.position, s.provider_id,
              s.category_valid_until, 'category',
              (SELECT k.category_code FROM specialist_categories k
                WHERE k.specialist_id = s.id AND k.removed_at IS NULL
                ORDER BY k.valid_until DESC LIMIT 1)
         FROM specialists s
        WHERE s.active = 1 AND s.category_valid_until BETWEEN @today AND @until
        ORDER BY until, lastName, firstName`,
    )
    .all({ today, until }) as ExpiryRow[];
  const expired = ctx.sqlite
    .prepare(
      `SELECT DISTINCT s.id, s.last_name AS lastName, s.first_name AS firstName, s.patronymic, s.position,
              s.provider_id AS providerId, s.cert_valid_until AS until, 'certificate' AS what, NULL AS code
         FROM specialists s JOIN work_plans p ON p.responsible_id = s.id
         JOIN cases c ON c.id = p.case_id AND c.status NOT IN ('refused', 'terminated', 'withdrawn')
        WHERE s.cert_valid_until IS NULL OR s.cert_valid_until < @today
        ORDER BY s.last_name, s.first_name`,
    )
    .all({ today }) as ExpiryRow[];
  const employers = providersByIds(
    ctx.db,
    [...ending, ...expired].map((r) => r.providerId).filter((x): x is string => !!x),
  );
  const categories = new Map(listCategories(ctx).map((c) => [c.code, locale === 'kk' ? c.nameKk : c.nameRu]));
  const employerName = (id: string | null) => {
    const p = id ? employers.get(id) : undefined;
    return p ? (locale === 'kk' ? p.nameKk : p.nameRu) : T.department;
  };
  const cells = (r: ExpiryRow, i: number) => [
    String(i + 1),
    specialistName(r),
    enumLabel(locale, 'specialistPosition', r.position),
    employerName(r.providerId),
    r.what === 'certificate'
      ? T.certificate
      : `${T.category}: ${(r.code && categories.get(r.code)) ?? r.code ?? ''}`,
    dmy(r.until),
    r.until ? String(dayNumber(r.until) - dayNumber(today)) : '—',
  ];
  const headers = ['№', T.name, fieldLabel('position', locale), T.employer, T.what, T.until, T.daysLeft];
  const widths = [0.05, 0.21, 0.18, 0.17, 0.16, 0.13, 0.1];
  const doc = new OfficeDocument({
    ...officeHeader(office, locale),
    title: T.expiryTitle,
    numberLine: `${T.within.replace('{days}', String(days))}, ${T.asOf} ${dmy(today)}`,
  });
  if (ending.length === 0) doc.line(T.empty);
  else doc.table(headers, widths, ending.map(cells));
  doc.line(`${T.total}: ${ending.length}`);
  if (expired.length > 0) {
    doc.heading(T.expiredActive);
    doc.table(headers, widths, expired.map(cells));
  }
  const kk = locale === 'kk';
  doc.signatures(
    [{ role: (kk ? office.headPositionKk : office.headPositionRu) || T.head, name: office.headName }],
    T.signature,
  );
  doc.footer(`${T.printed}: ${dmy(ctx.clock.now().toISOString())} · ${actor.fullName}`);
  const pdf = await doc.finish();
  ctx.audit({
    entity: 'specialist',
    entityId: '',
    action: 'print',
    changes: { rows: [null, ending.length + expired.length], withinDays: [null, days] },
  });
  return { fileName: `qamqor-certificates-ending-${today}-${locale}.pdf`, base64: pdf.toString('base64') };
}
