import type { Output, ParsedInput } from '../../api/contract';
import type { ServiceContext } from '../../shared/context';
import { defineModule } from '../../shared/module';
import { auditContract } from './contract';
import { checkIntegrity, latestIntegrity, rememberIntegrity } from './integrity';
import * as audit from './service';

function integrityOf(ctx: ServiceContext, input: ParsedInput<'audit.integrity'>): Output<'audit.integrity'> {
  const known = latestIntegrity(ctx.host);
  if (known && !input.recheck) return known;
  const fresh = checkIntegrity(ctx.sqlite, {
    dbPath: ctx.host.path,
    migrationsFolder: ctx.host.opts.migrationsFolder,
    key: ctx.host.auditKey(),
    now: ctx.clock.now(),
  });
  rememberIntegrity(ctx.host, fresh);
  return fresh;
}

export const auditModule = defineModule(auditContract, {
  namespaces: ['audit'],
  handlers: {
    'audit.list': audit.listAudit,
    'audit.export': audit.exportAudit,
    'audit.integrity': integrityOf,
  },
});
