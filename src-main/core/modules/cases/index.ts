import { defineModule } from '../../shared/module';
import { casesContract } from './contract';
import * as cases from './service';

export const casesModule = defineModule(casesContract, {
  namespaces: ['cases'],
  handlers: {
    'cases.list': cases.listCases,
    'cases.register': cases.registerCase,
    'cases.withdraw': cases.withdrawCase,
  },
  // Grounds can name a disease, violence or prison; free text may hold anything.
  sensitive: { case: ['grounds', 'note', 'closeReason'] },
});
