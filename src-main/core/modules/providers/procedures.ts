// This module's procedure names without their schemas, for the sandboxed preload.
export const PROVIDERS_PROCEDURES = [
  'providers.list',
  'providers.search',
  'providers.card',
  'providers.history',
  'providers.save',
  'providers.unreliable',
  'providers.tariffs',
  'providers.saveTariff',
  'providers.bill',
  'providers.confirmBill',
  'providers.billDocument',
  'providers.recipients',
  'providers.specialists',
  'providers.markUnreliable',
] as const;
