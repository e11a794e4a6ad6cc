import type { CaseView } from '../../../src-main/core/api/contract';

/** One colour per case status, the same on the register and on a person's card. */
export const CASE_STATUS_COLOR: Record<CaseView['status'], string> = {
  registered: 'blue',
  assessment: 'indigo',
  awaiting_decision: 'yellow',
  approved: 'teal',
  provider_chosen: 'teal',
  referred: 'cyan',
  in_service: 'green',
  suspended: 'orange',
  refused: 'red',
  terminated: 'gray',
  withdrawn: 'gray',
};
