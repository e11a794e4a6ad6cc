import { defineModule } from '../../shared/module';
import * as allowances from './allowances';
import { caregiverCard } from './card';
import { caregiverCardPdf } from './card-pdf';
import { caregiversContract } from './contract';
import * as contracts from './contracts';
import * as payroll from './payroll';
import { paymentRegister } from './register';
import * as registrations from './registrations';
import * as timesheets from './timesheets';

export const caregiversModule = defineModule(caregiversContract, {
  namespaces: ['caregivers'],
  handlers: {
    'caregivers.list': registrations.listCaregivers,
    'caregivers.forPerson': registrations.forPerson,
    'caregivers.card': caregiverCard,
    'caregivers.register': registrations.register,
    'caregivers.recordCheck': registrations.recordCheck,
    'caregivers.signContract': contracts.signContract,
    'caregivers.endContract': contracts.endContract,
    'caregivers.registerAllowance': allowances.registerAllowance,
    'caregivers.endAllowance': allowances.endAllowance,
    'caregivers.timesheet': timesheets.timesheet,
    'caregivers.saveTimesheet': timesheets.saveTimesheet,
    'caregivers.confirmTimesheet': timesheets.confirmTimesheet,
    'caregivers.adjustTimesheet': timesheets.adjustTimesheet,
    'caregivers.payroll': payroll.payroll,
    'caregivers.closePayroll': payroll.closePayroll,
    'caregivers.paymentRegister': paymentRegister,
    'caregivers.cardPdf': caregiverCardPdf,
    'caregivers.rates': (ctx) => contracts.listRates(ctx),
    'caregivers.saveRate': contracts.saveRate,
    'caregivers.payFigures': (ctx) => payroll.listPayFigures(ctx),
    'caregivers.savePayFigures': payroll.savePayFigures,
    'caregivers.setApplicability': payroll.setApplicability,
  },
  // The check's note can name a diagnosis or a conviction: the log keeps that it changed.
  sensitive: { caregiver_check: ['note'] },
});
