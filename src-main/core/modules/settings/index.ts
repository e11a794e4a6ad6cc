import { defineModule } from '../../shared/module';
import { settingsContract } from './contract';
import * as settings from './service';

export const settingsModule = defineModule(settingsContract, {
  namespaces: ['settings'],
  handlers: {
    'settings.get': (ctx) => settings.getSettings(ctx),
    'settings.setSecurity': settings.setSecurity,
    'settings.setBackup': settings.setBackup,
    'settings.setOffice': settings.setOffice,
    'settings.setDeadlines': settings.setDeadlines,
    'settings.setAlerts': settings.setAlerts,
    'settings.setCertAlerts': settings.setCertAlerts,
    'settings.setRules': settings.setRules,
  },
});
