import { defineModule } from '../../shared/module';
import { registryImportContract } from './contract';
import { commitRegister, importProgress, type Prepared, prepareRegister, previewRegister } from './service';

export const registryImportModule = defineModule(registryImportContract, {
  namespaces: ['registryImport'],
  handlers: {
    'registryImport.preview': (ctx, input, prepared) => previewRegister(ctx, input, prepared as Prepared),
    'registryImport.commit': (ctx, input, prepared) => commitRegister(ctx, input, prepared as Prepared),
    'registryImport.progress': importProgress,
  },
  // Both read and check the uploaded file before their transaction.
  prepare: {
    'registryImport.preview': prepareRegister,
    'registryImport.commit': prepareRegister,
  },
  sensitive: {},
});
