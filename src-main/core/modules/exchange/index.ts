import { defineModule } from '../../shared/module';
import { exchangeContract } from './contract';
import * as exchange from './service';

export const exchangeModule = defineModule(exchangeContract, {
  namespaces: ['exchange'],
  handlers: {
    'exchange.status': (ctx) => exchange.status(ctx),
    'exchange.export': exchange.exportPackage,
    'exchange.exportTo': exchange.exportTo,
    'exchange.markDelivered': exchange.markDelivered,
    'exchange.importReceipt': exchange.importReceipt,
    'exchange.setPolicy': exchange.setPolicy,
    'exchange.trust': exchange.trust,
    'exchange.keys': (ctx) => exchange.keys(ctx),
    'exchange.import': exchange.importUpload,
    'exchange.importFile': exchange.importFile,
    'exchange.finishImport': exchange.finishImport,
    'exchange.consolidated': exchange.consolidated,
  },
  sensitive: {},
});
