import { defineModule } from '../../shared/module';
import * as alerts from './alerts';
import { worklistsContract } from './contract';
import * as worklists from './service';

export const worklistsModule = defineModule(worklistsContract, {
  namespaces: ['worklists', 'alerts'],
  handlers: {
    'alerts.summary': (ctx) => alerts.alertSummary(ctx),
    'worklists.list': (ctx) => worklists.listWorklists(ctx),
    'worklists.save': worklists.saveWorklist,
    'worklists.specialistLists': (ctx) => worklists.listSpecialistLists(ctx),
    'worklists.saveSpecialistList': worklists.saveSpecialistList,
    'worklists.remove': worklists.removeWorklist,
  },
});
