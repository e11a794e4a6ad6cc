import { defineModule } from '../../shared/module';
import * as certification from './certification';
import { specialistsContract } from './contract';
import { exportSpecialists } from './export';
import * as specialists from './service';

export const specialistsModule = defineModule(specialistsContract, {
  namespaces: ['specialists'],
  handlers: {
    'specialists.list': specialists.listSpecialists,
    'specialists.save': specialists.saveSpecialist,
    'specialists.search': specialists.searchSpecialists,
    'specialists.export': exportSpecialists,
    'specialists.card': specialists.specialistCard,
    'specialists.addCertificate': certification.addCertificate,
    'specialists.removeCertificate': certification.removeCertificate,
    'specialists.addCategory': certification.addCategory,
    'specialists.addEducation': certification.addEducation,
    'specialists.addTraining': certification.addTraining,
    'specialists.categories': certification.listCategories,
  },
  sensitive: {},
});
