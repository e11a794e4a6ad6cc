// This module's procedure names without their schemas, for the sandboxed preload.
export const SPECIALISTS_PROCEDURES = [
  'specialists.list',
  'specialists.save',
  'specialists.search',
  'specialists.export',
  'specialists.card',
  'specialists.addCertificate',
  'specialists.removeCertificate',
  'specialists.addCategory',
  'specialists.addEducation',
  'specialists.addTraining',
  'specialists.categories',
] as const;
