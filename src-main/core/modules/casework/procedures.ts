// This module's procedure names without their schemas, for the sandboxed preload.
export const CASEWORK_PROCEDURES = [
  'casework.timeline',
  'casework.saveAct',
  'casework.draftDecision',
  'casework.approveDecision',
  'casework.returnDecision',
  'casework.approvalQueue',
  'casework.chooseProvider',
  'casework.issueReferral',
  'casework.savePlan',
  'casework.startService',
  'casework.addMonitoring',
  'casework.suspendService',
  'casework.resumeService',
  'casework.terminateService',
  'casework.documentPdf',
  'casework.staff',
] as const;
