import type { Output, ParsedInput } from '../../api/contract';
import type { ServiceContext } from '../../shared/context';
import { auditPage } from '../audit/service';

/**
 * A specialist's history tab: audit entries about the specialist's row and each of their
 * certificates, categories, education entries and trainings (overrides and prints included),
 * newest first.
 */
export function specialistHistory(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.history'>,
): Output<'specialists.history'> {
  const children = ctx.sqlite
    .prepare(
      `SELECT 'specialist_certificate' AS entity, id FROM specialist_certificates WHERE specialist_id = @id
       UNION ALL SELECT 'specialist_category', id FROM specialist_categories WHERE specialist_id = @id
       UNION ALL SELECT 'specialist_education', id FROM specialist_education WHERE specialist_id = @id
       UNION ALL SELECT 'specialist_training', id FROM specialist_trainings WHERE specialist_id = @id`,
    )
    .all({ id: input.id }) as { entity: string; id: string }[];
  return auditPage(ctx, { records: [{ entity: 'specialist', id: input.id }, ...children] }, input);
}
