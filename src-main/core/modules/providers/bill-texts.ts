import type { Locale } from '../../api/roles';

// Words of the per-capita bill and the act comparison (kk, ru, en), made in the main process.

export const BILL_TEXTS: Record<
  Locale,
  {
    title: string;
    sheet: string;
    draft: string;
    confirmed: string;
    provider: string;
    bin: string;
    no: string;
    recipient: string;
    iin: string;
    caseNo: string;
    category: string;
    form: string;
    days: string;
    tariff: string;
    amount: string;
    total: string;
    act: string;
    actAmount: string;
    billAmount: string;
    difference: string;
    noAct: string;
    noTariff: string;
    accountant: string;
    head: string;
    providerSign: string;
    signature: string;
    printed: string;
  }
> = {
  kk: {
    title: 'Жан басына қаржыландыру шоты',
    sheet: 'Шот',
    draft: 'жоба, расталмаған',
    confirmed: 'расталды',
    provider: 'Қызмет көрсетуші',
    bin: 'БСН/ЖСН',
    no: '№',
    recipient: 'Алушы',
    iin: 'ЖСН',
    caseNo: 'Іс',
    category: 'Санат',
    form: 'Нысаны',
    days: 'Күн',
    tariff: 'Тариф, ₸/ай',
    amount: 'Сомасы, ₸',
    total: 'Барлығы',
    act: 'Көрсетілген қызметтер актісімен салыстыру',
    actAmount: 'Қызмет көрсетуші актісі бойынша',
    billAmount: 'Шот бойынша',
    difference: 'Айырмасы (акт − шот)',
    noAct: 'Қызмет көрсетуші актісі әлі енгізілмеген.',
    noTariff: 'тариф жоқ',
    accountant: 'Бухгалтер',
    head: 'Бөлім басшысы',
    providerSign: 'Қызмет көрсетуші',
    signature: 'қолы',
    printed: 'Басып шығарылды',
  },
  ru: {
    title: 'Счёт по подушевому финансированию',
    sheet: 'Счёт',
    draft: 'проект, не подтверждён',
    confirmed: 'подтверждён',
    provider: 'Поставщик',
    bin: 'БИН/ИИН',
    no: '№',
    recipient: 'Получатель',
    iin: 'ИИН',
    caseNo: 'Дело',
    category: 'Категория',
    form: 'Форма',
    days: 'Дней',
    tariff: 'Тариф, ₸/мес',
    amount: 'Сумма, ₸',
    total: 'Итого',
    act: 'Сверка с актом оказанных услуг',
    actAmount: 'По акту поставщика',
    billAmount: 'По счёту',
    difference: 'Разница (акт − счёт)',
    noAct: 'Акт поставщика ещё не введён.',
    noTariff: 'нет тарифа',
    accountant: 'Бухгалтер',
    head: 'Руководитель отдела',
    providerSign: 'Поставщик',
    signature: 'подпись',
    printed: 'Напечатано',
  },
  en: {
    title: 'Per-capita bill',
    sheet: 'Bill',
    draft: 'draft, not confirmed',
    confirmed: 'confirmed',
    provider: 'Provider',
    bin: 'BIN/IIN',
    no: 'No.',
    recipient: 'Recipient',
    iin: 'IIN',
    caseNo: 'Case',
    category: 'Category',
    form: 'Form',
    days: 'Days',
    tariff: 'Tariff, ₸/month',
    amount: 'Amount, ₸',
    total: 'Total',
    act: 'Compared with the act of services rendered',
    actAmount: 'By the provider’s act',
    billAmount: 'By the bill',
    difference: 'Difference (act − bill)',
    noAct: 'The provider’s act is not entered yet.',
    noTariff: 'no tariff',
    accountant: 'Accountant',
    head: 'Head of the department',
    providerSign: 'Provider',
    signature: 'signature',
    printed: 'Printed',
  },
};
