// This module's procedure names without their schemas, for the sandboxed preload.
export const PROVIDERS_PROCEDURES = ['providers.list', 'providers.save'] as const;
