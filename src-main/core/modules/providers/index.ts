import { defineModule } from '../../shared/module';
import { providersContract } from './contract';
import * as providers from './service';

export const providersModule = defineModule(providersContract, {
  namespaces: ['providers'],
  handlers: {
    'providers.list': providers.listProviders,
    'providers.save': providers.saveProvider,
    'providers.search': providers.searchProviders,
    'providers.card': providers.providerCard,
    'providers.history': providers.providerHistory,
    'providers.unreliable': providers.listUnreliable,
    'providers.markUnreliable': providers.markUnreliable,
  },
  sensitive: {},
});
