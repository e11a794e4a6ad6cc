import { defineLabels } from '../../api/define-labels';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  OUTCOMES,
  REVIEW_READING_KEYS,
  VOTES,
} from './domain';

export const complaintsLabels = defineLabels(
  {
    complaintChannel: COMPLAINT_CHANNELS,
    complaintSubject: COMPLAINT_SUBJECTS,
    complaintStatus: COMPLAINT_STATUSES,
    complaintVote: VOTES,
    complaintOutcome: OUTCOMES,
    reviewReading: REVIEW_READING_KEYS as unknown as readonly ['code', 'ministry'],
  },
  {
    kk: {
      complaintChannel: {
        portal: 'Әлеуметтік қызметтер порталы',
        in_person: 'Жеке өзі келді',
        post: 'Пошта',
        egov: 'eGov',
        phone: 'Телефон',
      },
      complaintSubject: { good: 'Тауар', service: 'Қызмет' },
      complaintStatus: {
        registered: 'Тіркелді',
        scheduled: 'Отырыс белгіленді',
        concluded: 'Қорытынды қол қоюды күтуде',
        upheld: 'Қанағаттандырылды',
        rejected: 'Қанағаттандырусыз қалдырылды',
        notice_sent: 'Жеткізушіге хабарлама жіберілді',
        resolved: 'Түзетілді, жабылды',
        supplier_removed: 'Жеткізуші шығарылды',
      },
      complaintVote: { uphold: 'Қанағаттандыру', reject: 'Бас тарту' },
      complaintOutcome: { upheld: 'Шағым негізді', rejected: 'Шағым негізсіз' },
      reviewReading: {
        code: '10 жұмыс күні (Әлеуметтік кодекс, 167-бап)',
        ministry: '5 жұмыс күні (министрліктің түсіндірмесі)',
      },
    },
    ru: {
      complaintChannel: {
        portal: 'Портал социальных услуг',
        in_person: 'Лично',
        post: 'Почтой',
        egov: 'eGov',
        phone: 'По телефону',
      },
      complaintSubject: { good: 'Товар', service: 'Услуга' },
      complaintStatus: {
        registered: 'Зарегистрирована',
        scheduled: 'Назначено заседание',
        concluded: 'Заключение ждёт подписи',
        upheld: 'Удовлетворена',
        rejected: 'Оставлена без удовлетворения',
        notice_sent: 'Поставщику направлено уведомление',
        resolved: 'Устранено, закрыта',
        supplier_removed: 'Поставщик исключён',
      },
      complaintVote: { uphold: 'Удовлетворить', reject: 'Отказать' },
      complaintOutcome: { upheld: 'Жалоба обоснована', rejected: 'Жалоба необоснована' },
      reviewReading: {
        code: '10 рабочих дней (Социальный кодекс, ст. 167)',
        ministry: '5 рабочих дней (разъяснение министерства)',
      },
    },
    en: {
      complaintChannel: {
        portal: 'Social Services Portal',
        in_person: 'In person',
        post: 'By post',
        egov: 'eGov',
        phone: 'By phone',
      },
      complaintSubject: { good: 'A good', service: 'A service' },
      complaintStatus: {
        registered: 'Registered',
        scheduled: 'Meeting called',
        concluded: 'Conclusion awaits signature',
        upheld: 'Upheld',
        rejected: 'Rejected',
        notice_sent: 'Notice sent to the supplier',
        resolved: 'Fixed, closed',
        supplier_removed: 'Supplier removed',
      },
      complaintVote: { uphold: 'Uphold', reject: 'Reject' },
      complaintOutcome: { upheld: 'Complaint upheld', rejected: 'Complaint rejected' },
      reviewReading: {
        code: '10 working days (Social Code, art. 167)',
        ministry: '5 working days (the ministry’s explanation)',
      },
    },
  },
);
