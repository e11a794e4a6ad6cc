import type { Locale } from '../../api/roles';

// Words of the notice to the supplier (kk, ru, en). Kept beside the module, not in the UI's
// i18n files: the PDF is made in the main process.

export const NOTICE_TEXTS: Record<
  Locale,
  {
    title: string;
    from: string;
    to: string;
    bin: string;
    address: string;
    complaint: string;
    received: string;
    complainant: string;
    subject: string;
    what: string;
    conclusion: string;
    signed: string;
    demand: string;
    fixBy: string;
    warning: (months: number) => string;
    reimbursement: string;
    head: string;
    secretary: string;
    signature: string;
    printed: string;
  }
> = {
  kk: {
    title: 'Жеткізушіге хабарлама',
    from: 'күні',
    to: 'Жеткізуші',
    bin: 'БСН/ЖСН',
    address: 'Мекенжайы',
    complaint: 'Шағым',
    received: 'Түскен күні',
    complainant: 'Шағымданушы',
    subject: 'Тауар немесе қызмет',
    what: 'Шағымның мәні',
    conclusion: 'Комиссия қорытындысы',
    signed: 'қол қойылды',
    demand: 'Жеткізуші түзетуі керек',
    fixBy: 'Түзету мерзімі',
    warning: (m) =>
      `Көрсетілген мерзімде түзетілмесе, комиссия жеткізушіні Әлеуметтік қызметтер порталынан шығарады; қайта тіркелу шығарылған күннен бастап ${m} айдан ерте емес (Әлеуметтік кодекстің 167-бабы).`,
    reimbursement:
      'Сапасыз тауардың немесе қызметтің құны жеткізушінің есебінен өтеледі (Әлеуметтік кодекстің 167-бабы).',
    head: 'Комиссия төрағасы',
    secretary: 'Комиссия хатшысы',
    signature: 'қолы',
    printed: 'Басып шығарылды',
  },
  ru: {
    title: 'Уведомление поставщику',
    from: 'от',
    to: 'Поставщик',
    bin: 'БИН/ИИН',
    address: 'Адрес',
    complaint: 'Жалоба',
    received: 'Дата поступления',
    complainant: 'Заявитель',
    subject: 'Товар или услуга',
    what: 'Суть жалобы',
    conclusion: 'Заключение комиссии',
    signed: 'подписано',
    demand: 'Поставщику необходимо устранить',
    fixBy: 'Срок устранения',
    warning: (m) =>
      `Если нарушение не будет устранено в срок, комиссия исключит поставщика с Портала социальных услуг; повторная регистрация — не ранее чем через ${m} мес. после исключения (ст. 167 Социального кодекса).`,
    reimbursement:
      'Стоимость некачественного товара или услуги возмещается за счёт поставщика (ст. 167 Социального кодекса).',
    head: 'Председатель комиссии',
    secretary: 'Секретарь комиссии',
    signature: 'подпись',
    printed: 'Напечатано',
  },
  en: {
    title: 'Notice to the supplier',
    from: 'of',
    to: 'Supplier',
    bin: 'BIN/IIN',
    address: 'Address',
    complaint: 'Complaint',
    received: 'Received on',
    complainant: 'Complainant',
    subject: 'Good or service',
    what: 'What is wrong',
    conclusion: 'The commission’s conclusion',
    signed: 'signed',
    demand: 'The supplier must fix',
    fixBy: 'Fix deadline',
    warning: (m) =>
      `If it is not fixed by the deadline, the commission removes the supplier from the Social Services Portal; it may re-register no earlier than ${m} months after the removal (Social Code art. 167).`,
    reimbursement:
      'The cost of the improper good or service is reimbursed at the supplier’s expense (Social Code art. 167).',
    head: 'Chair of the commission',
    secretary: 'Secretary of the commission',
    signature: 'signature',
    printed: 'Printed',
  },
};
