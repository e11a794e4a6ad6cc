import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

declare module '../../errors' {
  interface ErrorCodes {
    BACKUP_FAILED: true;
    BACKUP_FOLDER_UNWRITABLE: true;
  }
}

export const backupsMessages = defineMessages({
  kk: {
    errors: {
      BACKUP_FAILED: 'Сақтық көшірме жасалмады немесе тексеруден өтпеді.',
      BACKUP_FOLDER_UNWRITABLE: 'Сақтық көшірмелер қалтасына жазу мүмкін емес.',
    },
    issues: {
      folderPath: 'қалтаның толық жолын көрсетіңіз',
      fileExists: 'мұндай файл бар: ол қайта жазылмайды',
    },
    fields: {
      undoFile: 'Қайтаруға арналған көшірме',
      damagedFile: 'Бүлінген файл',
      file: 'Файл',
      path: 'Файл жолы',
    },
  },
  ru: {
    errors: {
      BACKUP_FAILED: 'Резервная копия не создана или не прошла проверку.',
      BACKUP_FOLDER_UNWRITABLE: 'В папку резервных копий нельзя записать.',
    },
    issues: {
      folderPath: 'укажите полный путь к папке',
      fileExists: 'такой файл уже есть: он не перезаписывается',
    },
    fields: {
      undoFile: 'Копия для отмены',
      damagedFile: 'Повреждённый файл',
      file: 'Файл',
      path: 'Путь к файлу',
    },
  },
  en: {
    errors: {
      BACKUP_FAILED: 'The backup was not made or did not pass its check.',
      BACKUP_FOLDER_UNWRITABLE: 'The backup folder cannot be written to.',
    },
    issues: {
      folderPath: 'give the full path of a folder',
      fileExists: 'the file already exists: it is never overwritten',
    },
    fields: {
      undoFile: 'Undo copy',
      damagedFile: 'Damaged file',
      file: 'File',
      path: 'File path',
    },
  },
});
