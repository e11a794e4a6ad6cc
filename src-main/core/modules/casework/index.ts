import { defineModule } from '../../shared/module';
import { saveAct } from './acts';
import { caseworkContract } from './contract';
import { approvalQueue, approveDecision, draftDecision, returnDecision } from './decisions';
import { documentPdf } from './documents';
import * as steps from './steps';
import { staff, timeline } from './timeline';

export const caseworkModule = defineModule(caseworkContract, {
  namespaces: ['casework'],
  handlers: {
    'casework.timeline': timeline,
    'casework.saveAct': saveAct,
    'casework.draftDecision': draftDecision,
    'casework.approveDecision': approveDecision,
    'casework.returnDecision': returnDecision,
    'casework.approvalQueue': approvalQueue,
    'casework.chooseProvider': steps.chooseProvider,
    'casework.issueReferral': steps.issueReferral,
    'casework.savePlan': steps.savePlan,
    'casework.startService': steps.startService,
    'casework.addMonitoring': steps.addMonitoring,
    'casework.suspendService': steps.suspendService,
    'casework.resumeService': steps.resumeService,
    'casework.terminateService': steps.terminateService,
    'casework.documentPdf': documentPdf,
    'casework.staff': staff,
  },
  // Living conditions, health, income and free text are about the person's private life.
  sensitive: {
    assessment_act: [
      'household',
      'incomeMonthly',
      'incomeNote',
      'mobility',
      'selfCare',
      'complaints',
      'criteria',
      'macConclusion',
      'macNote',
      'conclusionNote',
      'plot',
    ],
    decision: ['explanation', 'returnComment'],
    case_event: ['note', 'reason'],
    work_plan: ['note'],
  },
});
