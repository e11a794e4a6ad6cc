import { defineModule } from '../../shared/module';
import { maintenanceContract } from './contract';
import * as legal from './legal-fixes';
import * as seed from './seed';

export const maintenanceModule = defineModule(maintenanceContract, {
  namespaces: ['maintenance'],
  handlers: {
    'maintenance.seed': seed.seedApplicants,
    'maintenance.legalFixesPlan': legal.legalFixesPlan,
    'maintenance.legalFixesApply': legal.applyLegalFixes,
  },
});
