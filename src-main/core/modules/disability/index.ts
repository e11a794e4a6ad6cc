import { defineModule } from '../../shared/module';
import { disabilityContract } from './contract';
import * as disability from './service';

export const disabilityModule = defineModule(disabilityContract, {
  namespaces: ['disability', 'ipr'],
  handlers: {
    'disability.add': disability.addDisability,
    'ipr.create': disability.createIpr,
    'ipr.addMeasure': disability.addMeasure,
    'ipr.setMeasureStatus': disability.setMeasureStatus,
    'ipr.setMeasureNotified': disability.setMeasureNotified,
  },
  sensitive: {
    disability: [
      'cause',
      'diagnosis',
      'mseNotes',
      'workCapacityLossPct',
      'generalCapacityLossPct',
      'profCapacityLossPct',
      'movementDifficulty',
    ],
    ipr: ['measures', 'notes'],
  },
});
