import { defineModule } from '../../shared/module';
import { auditContract } from './contract';
import * as audit from './service';

export const auditModule = defineModule(auditContract, {
  namespaces: ['audit'],
  handlers: {
    'audit.list': audit.listAudit,
    'audit.export': audit.exportAudit,
  },
});
