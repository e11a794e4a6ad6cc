import { defineModule } from '../../shared/module';
import * as card from './card';
import { applicantsContract } from './contract';
import * as duplicates from './duplicates';
import * as registryExport from './export';
import * as family from './family';
import * as history from './history';
import * as list from './list';
import * as person from './person';

export const applicantsModule = defineModule(applicantsContract, {
  namespaces: ['applicants', 'household', 'representatives', 'incomes'],
  handlers: {
    'applicants.list': list.listApplicants,
    'applicants.export': registryExport.exportRegistry,
    'applicants.get': person.getApplicant,
    'applicants.history': history.personHistory,
    'applicants.card': card.personCard,
    'applicants.duplicateReport': duplicates.duplicateReport,
    'applicants.summaryPdf': card.summaryPdf,
    'applicants.create': person.createApplicant,
    'applicants.update': person.updateApplicant,
    'applicants.checkDuplicates': person.checkDuplicates,
    'household.add': family.addHouseholdMember,
    'household.remove': family.removeHouseholdMember,
    'representatives.add': family.addRepresentative,
    'representatives.remove': family.removeRepresentative,
    'incomes.add': family.addIncome,
    'incomes.remove': family.removeIncome,
  },
  sensitive: { applicant: ['healthNotes'] },
});
