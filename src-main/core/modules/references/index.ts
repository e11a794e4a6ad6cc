import { defineModule } from '../../shared/module';
import { referencesContract } from './contract';
import * as references from './service';

export const referencesModule = defineModule(referencesContract, {
  namespaces: ['references'],
  handlers: {
    'references.ssuForms': references.listSsuForms,
    'references.saveSsuForm': references.saveSsuForm,
    'references.catalogue': references.listCatalogue,
    'references.saveCatalogueItem': references.saveCatalogueItem,
  },
  sensitive: {},
});
