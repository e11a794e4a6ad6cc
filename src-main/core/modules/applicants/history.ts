import type { Output, ParsedInput } from '../../api/contract';
import type { ServiceContext } from '../../shared/context';
import { auditPage } from '../audit/service';

/** A person card's history tab: the audit entries about that person, newest first. */
export function personHistory(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.history'>,
): Output<'applicants.history'> {
  ctx.auditRead({ entity: 'applicant', entityId: input.id, action: 'history_read', subjectId: input.id });
  return auditPage(ctx, { subjectId: input.id }, input);
}
