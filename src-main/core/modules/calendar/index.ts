import { defineModule } from '../../shared/module';
import { calendarContract } from './contract';
import * as calendar from './service';

export const calendarModule = defineModule(calendarContract, {
  namespaces: ['calendar'],
  handlers: {
    'calendar.list': calendar.listCalendar,
    'calendar.save': calendar.saveCalendarDay,
    'calendar.remove': calendar.removeCalendarDay,
  },
  sensitive: {},
});
