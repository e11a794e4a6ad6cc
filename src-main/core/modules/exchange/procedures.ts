// This module's procedure names without their schemas, for the sandboxed preload.
export const EXCHANGE_PROCEDURES = [
  'exchange.status',
  'exchange.export',
  'exchange.exportTo',
  'exchange.markDelivered',
  'exchange.importReceipt',
  'exchange.setPolicy',
  'exchange.trust',
  'exchange.keys',
  'exchange.import',
  'exchange.importFile',
  'exchange.finishImport',
  'exchange.consolidated',
] as const;
