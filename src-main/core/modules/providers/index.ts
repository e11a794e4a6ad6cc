import { defineModule } from '../../shared/module';
import { billDocument } from './bill-document';
import * as bills from './bills';
import { providerRecipients, providerSpecialists } from './card-tabs';
import { providersContract } from './contract';
import * as providers from './service';

export const providersModule = defineModule(providersContract, {
  namespaces: ['providers'],
  handlers: {
    'providers.list': providers.listProviders,
    'providers.save': providers.saveProvider,
    'providers.search': providers.searchProviders,
    'providers.card': providers.providerCard,
    'providers.tariffs': bills.listTariffs,
    'providers.saveTariff': bills.saveTariff,
    'providers.bill': bills.bill,
    'providers.confirmBill': bills.confirmBill,
    'providers.billDocument': billDocument,
    'providers.recipients': providerRecipients,
    'providers.specialists': providerSpecialists,
    'providers.history': providers.providerHistory,
    'providers.unreliable': providers.listUnreliable,
    'providers.markUnreliable': providers.markUnreliable,
  },
  sensitive: {},
});
