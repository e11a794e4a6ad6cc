// This module's procedure names without their schemas, for the sandboxed preload.
export const CALENDAR_PROCEDURES = ['calendar.list', 'calendar.save', 'calendar.remove'] as const;
