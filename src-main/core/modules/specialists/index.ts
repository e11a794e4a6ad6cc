import { defineModule } from '../../shared/module';
import type { Table } from '../../shared/spreadsheet/table';
import { caseLoad } from './caseload';
import * as certification from './certification';
import { specialistsContract } from './contract';
import { expiryListPdf, specialistCardPdf } from './documents';
import { exportSpecialists } from './export';
import { specialistHistory } from './history';
import { commitImport, previewImport, readImportFile } from './import';
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
    'specialists.removeCategory': certification.removeCategory,
    'specialists.saveCategory': certification.saveQualificationCategory,
    'specialists.history': specialistHistory,
    'specialists.caseLoad': caseLoad,
    'specialists.cardPdf': specialistCardPdf,
    'specialists.expiryPdf': expiryListPdf,
    'specialists.importPreview': (ctx, input, table) => previewImport(ctx, input, table as Table),
    'specialists.import': (ctx, input, table) => commitImport(ctx, input, table as Table),
  },
  // Both read the uploaded file before their transaction.
  prepare: {
    'specialists.importPreview': readImportFile,
    'specialists.import': readImportFile,
  },
  sensitive: {},
});
