import type { ErrorCode } from '../errors';
import type { Locale } from './roles';

// Error and validation texts in the three languages. They live beside the contract (not in the
// renderer's i18n files) because the router answers every door — including the CLI and the web
// bridge — in the caller's language, and the renderer's forms reuse the same words.

type IssueKey =
  | 'required'
  | 'tooLong'
  | 'invalid'
  | 'dateFormat'
  | 'dateFuture'
  | 'dateTooOld'
  | 'nameChars'
  | 'iinFormat'
  | 'iinChecksum'
  | 'iinTaken'
  | 'katoFormat'
  | 'katoOblast'
  | 'loginFormat'
  | 'loginTaken'
  | 'passwordShort'
  | 'passwordMismatch'
  | 'phoneFormat'
  | 'passwordWrong'
  | 'passwordSame'
  | 'rolesEmpty'
  | 'folderPath'
  | 'rangeOrder';

interface Catalog {
  errors: Record<ErrorCode, string>;
  issues: Record<IssueKey, string>;
  fields: Record<string, string>;
}

const kk: Catalog = {
  errors: {
    VALIDATION: 'Деректер қате толтырылған. Белгіленген өрістерді тексеріңіз.',
    UNAUTHENTICATED: 'Жүйеге кіру қажет.',
    FORBIDDEN: 'Бұл әрекетке рұқсатыңыз жоқ.',
    NOT_FOUND: 'Жазба табылмады.',
    CONFLICT_IIN: 'Бұл ЖСН-мен адам тіркелген.',
    CONFLICT_LOGIN: 'Бұл логин бос емес.',
    ALREADY_INITIALIZED: 'Бағдарлама бұрын бапталған.',
    NOT_INITIALIZED: 'Алдымен бағдарламаны баптаңыз.',
    BAD_CREDENTIALS: 'Логин немесе құпиясөз қате.',
    ACCOUNT_DISABLED: 'Тіркелгі өшірілген. Әкімшіге хабарласыңыз.',
    UNKNOWN_PROCEDURE: 'Белгісіз операция.',
    BAD_TOKEN: 'Кіру кілті жоқ немесе қате.',
    PAYLOAD_TOO_LARGE: 'Сұрау тым үлкен.',
    DB_NEWER:
      'Дерекқорды Qamqor-дың жаңарақ нұсқасы жазған. Бағдарламаны жаңартыңыз; дерекқорға ешқандай өзгеріс енгізілмеді.',
    DB_LOCKED: 'Бұл дерекқорды басқа Qamqor процесі пайдаланып жатыр.',
    DB_CORRUPT: 'Дерекқор файлы бүлінген немесе дерекқор емес.',
    ACCOUNT_LOCKED:
      'Құпиясөз бірнеше рет қате енгізілді, тіркелгі {minutes} минутқа бұғатталды. Кейінірек қайталаңыз немесе әкімшіге хабарласыңыз.',
    SESSION_LOCKED: 'Сеанс бұғатталған. Жалғастыру үшін құпиясөзді енгізіңіз.',
    PASSWORD_CHANGE_REQUIRED: 'Жалғастыру алдында құпиясөзді ауыстырыңыз.',
    LAST_ADMIN: 'Бұл соңғы белсенді әкімші. Алдымен басқа әкімші тағайындаңыз.',
    BACKUP_FAILED: 'Сақтық көшірме жасалмады немесе тексеруден өтпеді.',
    BACKUP_FOLDER_UNWRITABLE: 'Сақтық көшірмелер қалтасына жазу мүмкін емес.',
    BACKUP_NOT_FOUND: 'Сақтық көшірме табылмады.',
    BACKUP_UNUSABLE:
      'Бұл файлдан қалпына келтіру мүмкін емес: ол бүлінген немесе Qamqor-дың жаңарақ нұсқасынан.',
    INTERNAL: 'Ішкі қате. Әрекет орындалмады, деректер өзгертілмеді.',
  },
  issues: {
    required: 'толтыру міндетті',
    tooLong: 'тым ұзын',
    invalid: 'мәні қате',
    dateFormat: 'күн КК.АА.ЖЖЖЖ пішімінде болуы керек',
    dateFuture: 'күн болашақта болмауы керек',
    dateTooOld: 'күн 1900 жылдан ерте болмауы керек',
    nameChars: 'тек әріптер, дефис және апостроф',
    iinFormat: 'ЖСН 12 цифрдан тұрады',
    iinChecksum: 'ЖСН бақылау цифры сәйкес емес',
    iinTaken: 'бұл ЖСН-мен адам бұрын тіркелген',
    katoFormat: 'ҚАТО коды 9 цифрдан тұрады',
    katoOblast: 'ҚАТО кодының алғашқы екі цифры облысқа сәйкес келмейді',
    loginFormat: '3–32 латын әрпі, цифр, нүкте, сызықша',
    loginTaken: 'бұл логин бос емес',
    passwordShort: 'кемінде 8 таңба',
    passwordMismatch: 'құпиясөздер сәйкес емес',
    phoneFormat: 'телефон нөмірі қате',
    passwordWrong: 'құпиясөз қате',
    passwordSame: 'жаңа құпиясөз ескісінен өзгеше болуы керек',
    rolesEmpty: 'кемінде бір рөл таңдаңыз',
    folderPath: 'қалтаның толық жолын көрсетіңіз',
    rangeOrder: 'басы соңынан кейін болмауы керек',
  },
  fields: {
    iin: 'ЖСН',
    lastName: 'Тегі',
    firstName: 'Аты',
    patronymic: 'Әкесінің аты',
    birthDate: 'Туған күні',
    sex: 'Жынысы',
    katoCode: 'ҚАТО коды',
    address: 'Мекенжайы',
    phone: 'Телефон',
    officeName: 'Ұйым атауы',
    districtKato: 'Ауданның ҚАТО коды',
    login: 'Логин',
    password: 'Құпиясөз',
    passwordRepeat: 'Құпиясөзді қайталау',
    fullName: 'Аты-жөні',
    query: 'Іздеу',
    'admin.login': 'Логин',
    'admin.fullName': 'Аты-жөні',
    'admin.password': 'Құпиясөз',
    currentPassword: 'Қазіргі құпиясөз',
    newPassword: 'Жаңа құпиясөз',
    roles: 'Рөлдер',
    folder: 'Қалта',
    lockoutAttempts: 'Бұғаттауға дейінгі әрекеттер',
    lockoutMinutes: 'Бұғаттау ұзақтығы, мин',
    idleLockMinutes: 'Әрекетсіздіктен кейін бұғаттау, мин',
    intervalHours: 'Көшірме аралығы, сағ',
    keepRecent: 'Бүгінгі көшірмелер',
    keepDaily: 'Күнделікті көшірмелер, күн',
    keepMax: 'Барлығы ең көп',
    from: 'Кезеңнің басы',
    to: 'Кезеңнің соңы',
    file: 'Файл',
  },
};

const ru: Catalog = {
  errors: {
    VALIDATION: 'Данные заполнены с ошибками. Проверьте отмеченные поля.',
    UNAUTHENTICATED: 'Нужно войти в систему.',
    FORBIDDEN: 'У вас нет прав на это действие.',
    NOT_FOUND: 'Запись не найдена.',
    CONFLICT_IIN: 'Человек с этим ИИН уже зарегистрирован.',
    CONFLICT_LOGIN: 'Этот логин уже занят.',
    ALREADY_INITIALIZED: 'Программа уже настроена.',
    NOT_INITIALIZED: 'Сначала настройте программу.',
    BAD_CREDENTIALS: 'Неверный логин или пароль.',
    ACCOUNT_DISABLED: 'Учётная запись отключена. Обратитесь к администратору.',
    UNKNOWN_PROCEDURE: 'Неизвестная операция.',
    BAD_TOKEN: 'Ключ доступа отсутствует или неверен.',
    PAYLOAD_TOO_LARGE: 'Слишком большой запрос.',
    DB_NEWER:
      'База данных записана более новой версией Qamqor. Обновите программу; в базе ничего не изменено.',
    DB_LOCKED: 'Эта база данных уже открыта другим процессом Qamqor.',
    DB_CORRUPT: 'Файл базы данных повреждён или не является базой данных.',
    ACCOUNT_LOCKED:
      'Пароль несколько раз введён неверно, учётная запись заблокирована на {minutes} мин. Повторите позже или обратитесь к администратору.',
    SESSION_LOCKED: 'Сеанс заблокирован. Чтобы продолжить, введите пароль.',
    PASSWORD_CHANGE_REQUIRED: 'Прежде чем продолжить, смените пароль.',
    LAST_ADMIN: 'Это последний действующий администратор. Сначала назначьте другого администратора.',
    BACKUP_FAILED: 'Резервная копия не создана или не прошла проверку.',
    BACKUP_FOLDER_UNWRITABLE: 'В папку резервных копий нельзя записать.',
    BACKUP_NOT_FOUND: 'Резервная копия не найдена.',
    BACKUP_UNUSABLE:
      'Из этого файла нельзя восстановить: он повреждён или записан более новой версией Qamqor.',
    INTERNAL: 'Внутренняя ошибка. Действие не выполнено, данные не изменены.',
  },
  issues: {
    required: 'обязательно для заполнения',
    tooLong: 'слишком длинное значение',
    invalid: 'неверное значение',
    dateFormat: 'дата в формате ДД.ММ.ГГГГ',
    dateFuture: 'дата не может быть в будущем',
    dateTooOld: 'дата не может быть раньше 1900 года',
    nameChars: 'только буквы, дефис и апостроф',
    iinFormat: 'ИИН состоит из 12 цифр',
    iinChecksum: 'неверная контрольная цифра ИИН',
    iinTaken: 'человек с этим ИИН уже зарегистрирован',
    katoFormat: 'код КАТО состоит из 9 цифр',
    katoOblast: 'первые две цифры кода КАТО не соответствуют области',
    loginFormat: '3–32 латинские буквы, цифры, точка, дефис',
    loginTaken: 'этот логин уже занят',
    passwordShort: 'не менее 8 символов',
    passwordMismatch: 'пароли не совпадают',
    phoneFormat: 'неверный номер телефона',
    passwordWrong: 'неверный пароль',
    passwordSame: 'новый пароль должен отличаться от старого',
    rolesEmpty: 'выберите хотя бы одну роль',
    folderPath: 'укажите полный путь к папке',
    rangeOrder: 'начало не может быть позже конца',
  },
  fields: {
    iin: 'ИИН',
    lastName: 'Фамилия',
    firstName: 'Имя',
    patronymic: 'Отчество',
    birthDate: 'Дата рождения',
    sex: 'Пол',
    katoCode: 'Код КАТО',
    address: 'Адрес',
    phone: 'Телефон',
    officeName: 'Название организации',
    districtKato: 'Код КАТО района',
    login: 'Логин',
    password: 'Пароль',
    passwordRepeat: 'Повтор пароля',
    fullName: 'ФИО',
    query: 'Поиск',
    'admin.login': 'Логин',
    'admin.fullName': 'ФИО',
    'admin.password': 'Пароль',
    currentPassword: 'Текущий пароль',
    newPassword: 'Новый пароль',
    roles: 'Роли',
    folder: 'Папка',
    lockoutAttempts: 'Попыток до блокировки',
    lockoutMinutes: 'Длительность блокировки, мин',
    idleLockMinutes: 'Блокировка при бездействии, мин',
    intervalHours: 'Интервал копий, ч',
    keepRecent: 'Копий за сегодня',
    keepDaily: 'Ежедневных копий, дней',
    keepMax: 'Всего не более',
    from: 'Начало периода',
    to: 'Конец периода',
    file: 'Файл',
  },
};

const en: Catalog = {
  errors: {
    VALIDATION: 'Some fields are filled in wrongly. Check the marked fields.',
    UNAUTHENTICATED: 'Please sign in.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'Record not found.',
    CONFLICT_IIN: 'A person with this IIN is already registered.',
    CONFLICT_LOGIN: 'This login is already taken.',
    ALREADY_INITIALIZED: 'The application is already set up.',
    NOT_INITIALIZED: 'Set up the application first.',
    BAD_CREDENTIALS: 'Wrong login or password.',
    ACCOUNT_DISABLED: 'The account is disabled. Contact the administrator.',
    UNKNOWN_PROCEDURE: 'Unknown operation.',
    BAD_TOKEN: 'The access token is missing or wrong.',
    PAYLOAD_TOO_LARGE: 'The request is too large.',
    DB_NEWER:
      'The database was written by a newer Qamqor. Update the application; nothing in the database was changed.',
    DB_LOCKED: 'This database is already open in another Qamqor process.',
    DB_CORRUPT: 'The database file is damaged or is not a database.',
    ACCOUNT_LOCKED:
      'The password was wrong too many times; the account is locked for {minutes} min. Try again later or ask the administrator.',
    SESSION_LOCKED: 'The session is locked. Enter your password to continue.',
    PASSWORD_CHANGE_REQUIRED: 'Change your password before you continue.',
    LAST_ADMIN: 'This is the last active administrator. Make someone else an administrator first.',
    BACKUP_FAILED: 'The backup was not made or did not pass its check.',
    BACKUP_FOLDER_UNWRITABLE: 'The backup folder cannot be written to.',
    BACKUP_NOT_FOUND: 'Backup not found.',
    BACKUP_UNUSABLE: 'Cannot restore from this file: it is damaged or was written by a newer Qamqor.',
    INTERNAL: 'Internal error. Nothing was done and no data changed.',
  },
  issues: {
    required: 'is required',
    tooLong: 'is too long',
    invalid: 'is not valid',
    dateFormat: 'must be a date DD.MM.YYYY',
    dateFuture: 'cannot be in the future',
    dateTooOld: 'cannot be before 1900',
    nameChars: 'letters, hyphen and apostrophe only',
    iinFormat: 'an IIN has 12 digits',
    iinChecksum: 'the IIN check digit is wrong',
    iinTaken: 'a person with this IIN is already registered',
    katoFormat: 'a KATO code has 9 digits',
    katoOblast: 'the first two digits of the KATO code are not an oblast',
    loginFormat: '3–32 Latin letters, digits, dot, hyphen',
    loginTaken: 'this login is already taken',
    passwordShort: 'at least 8 characters',
    passwordMismatch: 'passwords do not match',
    phoneFormat: 'not a phone number',
    passwordWrong: 'wrong password',
    passwordSame: 'the new password must differ from the old one',
    rolesEmpty: 'choose at least one role',
    folderPath: 'give the full path of a folder',
    rangeOrder: 'the start cannot be after the end',
  },
  fields: {
    iin: 'IIN',
    lastName: 'Last name',
    firstName: 'First name',
    patronymic: 'Patronymic',
    birthDate: 'Birth date',
    sex: 'Sex',
    katoCode: 'KATO code',
    address: 'Address',
    phone: 'Phone',
    officeName: 'Office name',
    districtKato: 'District KATO code',
    login: 'Login',
    password: 'Password',
    passwordRepeat: 'Repeat password',
    fullName: 'Full name',
    query: 'Search',
    'admin.login': 'Login',
    'admin.fullName': 'Full name',
    'admin.password': 'Password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    roles: 'Roles',
    folder: 'Folder',
    lockoutAttempts: 'Attempts before lockout',
    lockoutMinutes: 'Lockout length, min',
    idleLockMinutes: 'Lock after idle, min',
    intervalHours: 'Backup interval, h',
    keepRecent: 'Copies from today',
    keepDaily: 'Daily copies, days',
    keepMax: 'At most in all',
    from: 'Period start',
    to: 'Period end',
    file: 'File',
  },
};

const CATALOGS: Record<Locale, Catalog> = { kk, ru, en };

// Column headers of the files the main process writes (the audit export).
const EXPORT_LABELS = {
  kk: {
    sheet: 'Аудит журналы',
    seq: '№',
    at: 'Уақыты',
    user: 'Пайдаланушы',
    door: 'Арна',
    action: 'Әрекет',
    entity: 'Нысан',
    entityId: 'Нысан ID',
    person: 'Адам',
    changes: 'Өзгерістер (бұрын → кейін)',
  },
  ru: {
    sheet: 'Журнал аудита',
    seq: '№',
    at: 'Время',
    user: 'Пользователь',
    door: 'Канал',
    action: 'Действие',
    entity: 'Объект',
    entityId: 'ID объекта',
    person: 'Человек',
    changes: 'Изменения (было → стало)',
  },
  en: {
    sheet: 'Audit log',
    seq: 'No.',
    at: 'Time',
    user: 'User',
    door: 'Door',
    action: 'Action',
    entity: 'Entity',
    entityId: 'Entity ID',
    person: 'Person',
    changes: 'Changes (old → new)',
  },
} as const;

export function exportLabels(locale: string | undefined) {
  return EXPORT_LABELS[pickLocale(locale)];
}

export function pickLocale(value: string | undefined | null): Locale {
  return value === 'kk' || value === 'ru' || value === 'en' ? value : 'ru';
}

/** The error's text in the caller's language; `{name}` placeholders take the error's params. */
export function errorMessage(
  code: ErrorCode,
  locale: string | undefined,
  params?: Record<string, string | number>,
): string {
  const text = CATALOGS[pickLocale(locale)].errors[code];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** "ИИН: неверная контрольная цифра ИИН" — the field's name first, so a message stands alone. */
export function fieldMessage(field: string, issueKey: string, locale: string | undefined): string {
  const catalog = CATALOGS[pickLocale(locale)];
  const label = catalog.fields[field] ?? field;
  const issue = (catalog.issues as Record<string, string>)[issueKey] ?? catalog.issues.invalid;
  return `${label}: ${issue}`;
}

interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
}

/** Maps zod issues to field → message key: our own keys pass through, zod's built-ins are named. */
export function issuesToFieldKeys(issues: readonly IssueLike[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (path in out) continue;
    out[path] = issueKey(issue);
  }
  return out;
}

function issueKey(issue: IssueLike): IssueKey {
  if (issue.message in kk.issues) return issue.message as IssueKey;
  if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) return 'required';
  if (issue.code === 'too_big') return 'tooLong';
  return 'invalid';
}
