import type { Output, ParsedInput } from '../../api/contract';
import type { ServiceContext } from '../../shared/context';
import { auditPage } from '../audit/service';

/** A person card's history tab: the audit entries about that person, newest first. */
export function personHistory(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.history'>,
): Output<'applicants.history'> {
  return auditPage(ctx, { subjectId: input.id }, input);
}
