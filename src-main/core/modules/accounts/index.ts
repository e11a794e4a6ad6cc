import { defineModule } from '../../shared/module';
import * as auth from './auth';
import { accountsContract } from './contract';
import * as setup from './setup';
import * as users from './users';

export const accountsModule = defineModule(accountsContract, {
  namespaces: ['setup', 'auth', 'users'],
  handlers: {
    'setup.status': (ctx) => setup.setupStatus(ctx),
    'setup.initialize': setup.initialize,
    'auth.login': auth.login,
    'auth.logout': (ctx) => auth.logout(ctx),
    'auth.me': (ctx) => auth.me(ctx),
    'auth.lock': (ctx) => auth.lock(ctx),
    'auth.unlock': auth.unlock,
    'auth.changePassword': auth.changePassword,
    'users.setLocale': users.setLocale,
    'users.list': (ctx) => users.listUsers(ctx),
    'users.create': users.adminCreateUser,
    'users.update': users.updateUser,
    'users.setDisabled': users.setDisabled,
    'users.resetPassword': users.resetPassword,
    'users.unlock': users.unlockUser,
  },
  sensitive: { user: ['password', 'passwordHash'] },
});
