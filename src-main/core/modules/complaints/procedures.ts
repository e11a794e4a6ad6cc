// This module's procedure names without their schemas, for the sandboxed preload.
export const COMPLAINTS_PROCEDURES = [
  'complaints.queue',
  'complaints.alerts',
  'complaints.card',
  'complaints.members',
  'complaints.register',
  'complaints.schedule',
  'complaints.vote',
  'complaints.conclude',
  'complaints.sign',
  'complaints.sendNotice',
  'complaints.recordCheck',
  'complaints.recordReimbursement',
  'complaints.noticePdf',
] as const;
