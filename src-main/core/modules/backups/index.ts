import { defineModule } from '../../shared/module';
import { backupsContract } from './contract';
import * as backups from './service';

export const backupsModule = defineModule(backupsContract, {
  namespaces: ['backups', 'recovery'],
  handlers: {
    'backups.list': (ctx) => backups.listBackupsView(ctx),
    'backups.create': (ctx) => backups.createBackup(ctx),
    'backups.restore': backups.restoreBackup,
    'recovery.status': (ctx) => backups.recoveryStatus(ctx),
    'recovery.restore': backups.recoveryRestore,
    'backups.copyTo': backups.copyTo,
    'backups.restoreFrom': backups.restoreFrom,
  },
});
