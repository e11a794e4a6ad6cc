// This module's procedure names without their schemas, for the sandboxed preload.
export const REFERENCES_PROCEDURES = [
  'references.ssuForms',
  'references.saveSsuForm',
  'references.catalogue',
  'references.saveCatalogueItem',
] as const;
