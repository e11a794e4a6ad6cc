import { defineModule } from '../../shared/module';
import { specialistsContract } from './contract';
import * as specialists from './service';

export const specialistsModule = defineModule(specialistsContract, {
  namespaces: ['specialists'],
  handlers: {
    'specialists.list': specialists.listSpecialists,
    'specialists.save': specialists.saveSpecialist,
  },
  sensitive: {},
});
