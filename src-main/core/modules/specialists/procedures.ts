// This module's procedure names without their schemas, for the sandboxed preload.
export const SPECIALISTS_PROCEDURES = ['specialists.list', 'specialists.save'] as const;
