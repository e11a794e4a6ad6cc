// This module's procedure names without their schemas, for the sandboxed preload.
export const REGISTRY_IMPORT_PROCEDURES = [
  'registryImport.preview',
  'registryImport.commit',
  'registryImport.progress',
] as const;
