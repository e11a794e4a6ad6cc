import { defineLabels } from '../../api/define-labels';
import { CERTIFICATION_STATES, EDUCATION_LEVELS, SPECIALIST_POSITIONS } from './domain';

export const specialistsLabels = defineLabels(
  {
    specialistPosition: SPECIALIST_POSITIONS,
    certificationState: CERTIFICATION_STATES,
    educationLevel: EDUCATION_LEVELS,
  },
  {
    kk: {
      educationLevel: {
        postgraduate: 'Жоғары оқу орнынан кейінгі',
        higher: 'Жоғары',
        technical_vocational: 'Техникалық және кәсіптік',
        secondary: 'Орта',
        other: 'Басқа',
      },
      certificationState: {
        certified: 'Сертификат жарамды',
        expiring: 'Мерзімі бітуге жақын',
        expired: 'Мерзімі өткен',
        never: 'Сертификат жоқ',
      },
      specialistPosition: {
        social_worker_assessment: 'Қажеттілікті бағалау және айқындау жөніндегі әлеуметтік қызметкер',
        social_worker_care: 'Күтім жөніндегі әлеуметтік қызметкер',
        home_care_worker: 'Үйде әлеуметтік күтім жөніндегі қызметкер',
        psychologist: 'Психолог',
        social_pedagogue: 'Әлеуметтік педагог',
        labour_instructor: 'Еңбек терапиясы жөніндегі нұсқаушы',
        sign_language: 'Ымдау тілі маманы',
        individual_assistant: 'Жеке көмекші',
        other: 'Басқа лауазым',
      },
    },
    ru: {
      educationLevel: {
        postgraduate: 'Послевузовское',
        higher: 'Высшее',
        technical_vocational: 'Техническое и профессиональное',
        secondary: 'Среднее',
        other: 'Иное',
      },
      certificationState: {
        certified: 'Сертификат действует',
        expiring: 'Срок истекает',
        expired: 'Срок истёк',
        never: 'Нет сертификата',
      },
      specialistPosition: {
        social_worker_assessment: 'Социальный работник по оценке и определению потребности',
        social_worker_care: 'Социальный работник по уходу',
        home_care_worker: 'Социальный работник по уходу на дому',
        psychologist: 'Психолог',
        social_pedagogue: 'Социальный педагог',
        labour_instructor: 'Инструктор по трудотерапии',
        sign_language: 'Специалист жестового языка',
        individual_assistant: 'Индивидуальный помощник',
        other: 'Иная должность',
      },
    },
    en: {
      educationLevel: {
        postgraduate: 'Postgraduate',
        higher: 'Higher',
        technical_vocational: 'Technical and vocational',
        secondary: 'Secondary',
        other: 'Other',
      },
      certificationState: {
        certified: 'Certified',
        expiring: 'Expiring soon',
        expired: 'Expired',
        never: 'Never certified',
      },
      specialistPosition: {
        social_worker_assessment: 'Social worker for assessment of need',
        social_worker_care: 'Social worker for care',
        home_care_worker: 'Home-care social worker',
        psychologist: 'Psychologist',
        social_pedagogue: 'Social pedagogue',
        labour_instructor: 'Labour therapy instructor',
        sign_language: 'Sign-language specialist',
        individual_assistant: 'Individual assistant',
        other: 'Other position',
      },
    },
  },
);
