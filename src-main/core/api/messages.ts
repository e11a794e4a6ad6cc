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
  | 'rangeOrder'
  | 'iinOrReason'
  | 'beforeBirth'
  | 'categoryAge'
  | 'groupNotForUnder7'
  | 'termAge'
  | 'causeCategory'
  | 'assistantHours'
  | 'signHours'
  | 'statusTransition'
  | 'iprNeedsDisability'
  | 'duplicateReasonRequired'
  | 'groundsRequired'
  | 'onBehalfName'
  | 'personDeceased'
  | 'beforeApplied'
  | 'cannotWithdraw';

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
    DUPLICATE_SUSPECTED:
      'Аты-жөні мен туған күні осындай адамдар тізілімде бар. Олардың бірі емес екенін тексеріңіз және тіркеу себебін көрсетіңіз.',
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
    groundsRequired: 'кемінде бір негізді таңдаңыз (ӘК 133-бап)',
    onBehalfName: 'адамның атынан кім өтініш бергенін көрсетіңіз',
    personDeceased: 'адам қайтыс болған деп белгіленген: өтініш тіркелмейді',
    beforeApplied: 'өтініш берілген күннен ерте болмауы керек',
    cannotWithdraw: 'өтінішті қызмет басталғанға дейін ғана кері қайтарып алуға болады',
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
    iinOrReason: 'ЖСН-ді енгізіңіз немесе оның жоқ себебін көрсетіңіз',
    beforeBirth: 'туған күнінен ерте болмауы керек',
    categoryAge:
      'санат белгіленген күнгі жасқа сәйкес келмейді (7 жасқа дейін — мүгедек бала; 7–18 — топпен мүгедек бала; 18-ден — I, II, III топ)',
    groupNotForUnder7: '7 жасқа дейінгі балаға топ белгіленбейді',
    termAge: '«7 жасқа дейін» және «18 жасқа дейін» мерзімдері сол жасқа толмаған балаларға ғана',
    causeCategory: 'бұл себеп басқа санатқа арналған',
    assistantHours: 'жеке көмекші — күніне 8 сағаттан көп емес (ӘК, ЖОБ)',
    signHours: 'ымдау тілі маманы — жылына 60 сағаттан көп емес (ӘК, ЖОБ)',
    statusTransition: 'іс-шара мәртебесі бұлай өзгермейді',
    iprNeedsDisability: 'алдымен мүгедектік туралы жазбаны енгізіңіз',
    duplicateReasonRequired: 'ұқсас адамдар бар: тіркеу себебін көрсетіңіз',
    passwordWrong: 'құпиясөз қате',
    passwordSame: 'жаңа құпиясөз ескісінен өзгеше болуы керек',
    rolesEmpty: 'кемінде бір рөл таңдаңыз',
    folderPath: 'қалтаның толық жолын көрсетіңіз',
    rangeOrder: 'басы соңынан кейін болмауы керек',
  },
  fields: {
    applicantId: 'Адам',
    appliedOn: 'Өтініш күні',
    channel: 'Өтініш арнасы',
    appliedBy: 'Өтініш берген',
    applicantName: 'Өтініш берушінің аты-жөні',
    grounds: 'Негіздер (ӘК 133-бап)',
    ssuTypes: 'АӘҚ түрлері',
    requestedForm: 'Сұралған нысан',
    reason: 'Себебі',
    iin: 'ЖСН',
    name: 'Атауы',
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
    iinMissingReason: 'ЖСН жоқ себебі',
    citizenship: 'Азаматтығы',
    docType: 'Құжат түрі',
    docNumber: 'Құжат нөмірі',
    docDate: 'Құжат берілген күн',
    docIssuer: 'Құжатты берген орган',
    maritalStatus: 'Отбасылық жағдайы',
    legalCapacity: 'Әрекетке қабілеттілігі',
    capacityCourtDecision: 'Сот шешімінің нөмірі',
    capacityCourtDate: 'Сот шешімінің күні',
    deathDate: 'Қайтыс болған күні',
    consentDate: 'Келісім күні',
    consentForm: 'Келісім нысаны',
    consentRef: 'Қол қойылған келісімге сілтеме',
    duplicateReason: 'Тіркеу себебі',
    category: 'Санаты',
    groupNo: 'Тобы',
    cause: 'Себебі',
    term: 'Мерзімі',
    establishedOn: 'Белгіленген күні',
    mseDecisionNo: 'МӘС шешімінің нөмірі',
    workCapacityLossPct: 'Еңбекке қабілеттіліктің жоғалуы, %',
    number: 'Нөмірі',
    issuedOn: 'Берілген күні',
    parts: 'Бөлімдері',
    kind: 'Түрі',
    classifierCode: 'Жіктеуіш коды',
    quantity: 'Саны',
    replacementMonths: 'Ауыстыру мерзімі, ай',
    hoursPerDay: 'Күніне сағат',
    hoursPerYear: 'Жылына сағат',
    ssuForm: 'АӘҚ нысаны',
    status: 'Мәртебесі',
    on: 'Күні',
    relation: 'Туыстығы',
    birthYear: 'Туған жылы',
    occupation: 'Қызметі',
    basisDocument: 'Негіздеме құжаты',
    basisDate: 'Құжат күні',
    validUntil: 'Қолданылу мерзімі',
    amount: 'Сомасы, теңге/ай',
    periodFrom: 'Кезеңнің басы',
    periodTo: 'Кезеңнің соңы',
    note: 'Ескертпе',
    representativeId: 'Өкіл',
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
    DUPLICATE_SUSPECTED:
      'В реестре есть люди с таким же именем и датой рождения. Проверьте, что это не один из них, и укажите причину регистрации.',
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
    groundsRequired: 'выберите хотя бы одно основание (ст. 133 СК)',
    onBehalfName: 'укажите, кто подал заявление от имени человека',
    personDeceased: 'человек отмечен как умерший: заявление не регистрируется',
    beforeApplied: 'не может быть раньше даты заявления',
    cannotWithdraw: 'отозвать заявление можно только до начала обслуживания',
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
    iinOrReason: 'укажите ИИН или причину его отсутствия',
    beforeBirth: 'не может быть раньше даты рождения',
    categoryAge:
      'категория не соответствует возрасту на дату установления (до 7 лет — ребёнок с инвалидностью; 7–18 — ребёнок с инвалидностью с группой; с 18 — I, II, III группа)',
    groupNotForUnder7: 'ребёнку до 7 лет группа не устанавливается',
    termAge: 'сроки «до 7 лет» и «до 18 лет» — только для детей, не достигших этого возраста',
    causeCategory: 'эта причина относится к другой категории',
    assistantHours: 'индивидуальный помощник — не более 8 часов в день (СК РК, ИПР)',
    signHours: 'специалист жестового языка — не более 60 часов в год (СК РК, ИПР)',
    statusTransition: 'мероприятие не может перейти в этот статус',
    iprNeedsDisability: 'сначала внесите запись об инвалидности',
    duplicateReasonRequired: 'есть похожие люди: укажите причину регистрации',
    passwordWrong: 'неверный пароль',
    passwordSame: 'новый пароль должен отличаться от старого',
    rolesEmpty: 'выберите хотя бы одну роль',
    folderPath: 'укажите полный путь к папке',
    rangeOrder: 'начало не может быть позже конца',
  },
  fields: {
    applicantId: 'Человек',
    appliedOn: 'Дата заявления',
    channel: 'Канал подачи',
    appliedBy: 'Кто подал',
    applicantName: 'ФИО заявителя',
    grounds: 'Основания (ст. 133 СК)',
    ssuTypes: 'Виды ССУ',
    requestedForm: 'Запрошенная форма',
    reason: 'Причина',
    iin: 'ИИН',
    name: 'Название',
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
    iinMissingReason: 'Причина отсутствия ИИН',
    citizenship: 'Гражданство',
    docType: 'Вид документа',
    docNumber: 'Номер документа',
    docDate: 'Дата выдачи документа',
    docIssuer: 'Кем выдан',
    maritalStatus: 'Семейное положение',
    legalCapacity: 'Дееспособность',
    capacityCourtDecision: 'Номер решения суда',
    capacityCourtDate: 'Дата решения суда',
    deathDate: 'Дата смерти',
    consentDate: 'Дата согласия',
    consentForm: 'Форма согласия',
    consentRef: 'Ссылка на подписанное согласие',
    duplicateReason: 'Причина регистрации',
    category: 'Категория',
    groupNo: 'Группа',
    cause: 'Причина',
    term: 'Срок',
    establishedOn: 'Дата установления',
    mseDecisionNo: 'Номер решения МСЭ',
    workCapacityLossPct: 'Утрата трудоспособности, %',
    number: 'Номер',
    issuedOn: 'Дата выдачи',
    parts: 'Разделы',
    kind: 'Вид',
    classifierCode: 'Код классификатора',
    quantity: 'Количество',
    replacementMonths: 'Срок замены, мес.',
    hoursPerDay: 'Часов в день',
    hoursPerYear: 'Часов в год',
    ssuForm: 'Форма ССУ',
    status: 'Статус',
    on: 'Дата',
    relation: 'Родство',
    birthYear: 'Год рождения',
    occupation: 'Занятость',
    basisDocument: 'Документ-основание',
    basisDate: 'Дата документа',
    validUntil: 'Действует до',
    amount: 'Сумма, тенге в месяц',
    periodFrom: 'Начало периода',
    periodTo: 'Конец периода',
    note: 'Примечание',
    representativeId: 'Представитель',
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
    DUPLICATE_SUSPECTED:
      'People with the same name and birth date are in the registry. Check that this is none of them and give the reason to register.',
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
    groundsRequired: 'choose at least one ground (Social Code art. 133)',
    onBehalfName: "say who applied on the person's behalf",
    personDeceased: 'the person is recorded as deceased: no application can be registered',
    beforeApplied: 'cannot be before the application date',
    cannotWithdraw: 'an application can be withdrawn only before the service starts',
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
    iinOrReason: 'give the IIN or the reason there is none',
    beforeBirth: 'cannot be before the birth date',
    categoryAge:
      'the category does not fit the age on the day it was established (under 7: child with disability; 7–18: child with a group; 18+: group I, II or III)',
    groupNotForUnder7: 'a child under 7 gets no group',
    termAge: 'the terms "until 7" and "until 18" only fit children below that age',
    causeCategory: 'this cause belongs to another category',
    assistantHours: 'individual assistant: at most 8 hours a day (Social Code, IPR)',
    signHours: 'sign-language specialist: at most 60 hours a year (Social Code, IPR)',
    statusTransition: 'the measure cannot move to this status',
    iprNeedsDisability: 'add the disability record first',
    duplicateReasonRequired: 'similar people exist: give the reason to register',
    passwordWrong: 'wrong password',
    passwordSame: 'the new password must differ from the old one',
    rolesEmpty: 'choose at least one role',
    folderPath: 'give the full path of a folder',
    rangeOrder: 'the start cannot be after the end',
  },
  fields: {
    applicantId: 'Person',
    appliedOn: 'Application date',
    channel: 'Channel',
    appliedBy: 'Applied by',
    applicantName: 'Name of who applied',
    grounds: 'Grounds (Social Code art. 133)',
    ssuTypes: 'SSU types',
    requestedForm: 'Requested form',
    reason: 'Reason',
    iin: 'IIN',
    name: 'Name',
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
    iinMissingReason: 'Why there is no IIN',
    citizenship: 'Citizenship',
    docType: 'Document type',
    docNumber: 'Document number',
    docDate: 'Document date',
    docIssuer: 'Issued by',
    maritalStatus: 'Marital status',
    legalCapacity: 'Legal capacity',
    capacityCourtDecision: 'Court decision number',
    capacityCourtDate: 'Court decision date',
    deathDate: 'Date of death',
    consentDate: 'Consent date',
    consentForm: 'Consent form',
    consentRef: 'Reference to the signed consent',
    duplicateReason: 'Reason to register',
    category: 'Category',
    groupNo: 'Group',
    cause: 'Cause',
    term: 'Term',
    establishedOn: 'Established on',
    mseDecisionNo: 'MSE decision number',
    workCapacityLossPct: 'Loss of work capacity, %',
    number: 'Number',
    issuedOn: 'Issued on',
    parts: 'Parts',
    kind: 'Kind',
    classifierCode: 'Classifier code',
    quantity: 'Quantity',
    replacementMonths: 'Replacement term, months',
    hoursPerDay: 'Hours a day',
    hoursPerYear: 'Hours a year',
    ssuForm: 'SSU form',
    status: 'Status',
    on: 'Date',
    relation: 'Relation',
    birthYear: 'Birth year',
    occupation: 'Occupation',
    basisDocument: 'Basis document',
    basisDate: 'Document date',
    validUntil: 'Valid until',
    amount: 'Amount, tenge a month',
    periodFrom: 'Period start',
    periodTo: 'Period end',
    note: 'Note',
    representativeId: 'Representative',
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

// Column headers of the registry list exported to a spreadsheet.
const REGISTRY_EXPORT_LABELS = {
  kk: {
    sheet: 'Алушылар',
    lastName: 'Тегі',
    firstName: 'Аты',
    patronymic: 'Әкесінің аты',
    iin: 'ЖСН',
    birthDate: 'Туған күні',
    sex: 'Жынысы',
    katoCode: 'ҚАТО коды',
    address: 'Мекенжайы',
    phone: 'Телефон',
    category: 'Мүгедектік санаты',
    group: 'Тобы',
    reexam: 'Қайта куәландыру',
    iprUntil: 'ЖОБ мерзімі',
    pending: 'Орындалмаған ЖОБ іс-шаралары',
    portalDeadline: 'Порталдағы тапсырыс мерзімі',
    activeCase: 'Белсенді іс',
    consentDate: 'Келісім күні',
    yes: 'иә',
  },
  ru: {
    sheet: 'Получатели',
    lastName: 'Фамилия',
    firstName: 'Имя',
    patronymic: 'Отчество',
    iin: 'ИИН',
    birthDate: 'Дата рождения',
    sex: 'Пол',
    katoCode: 'Код КАТО',
    address: 'Адрес',
    phone: 'Телефон',
    category: 'Категория инвалидности',
    group: 'Группа',
    reexam: 'Переосвидетельствование',
    iprUntil: 'ИПР до',
    pending: 'Невыполненные мероприятия ИПР',
    portalDeadline: 'Срок заказа на портале',
    activeCase: 'Активное дело',
    consentDate: 'Дата согласия',
    yes: 'да',
  },
  en: {
    sheet: 'Recipients',
    lastName: 'Last name',
    firstName: 'First name',
    patronymic: 'Patronymic',
    iin: 'IIN',
    birthDate: 'Birth date',
    sex: 'Sex',
    katoCode: 'KATO code',
    address: 'Address',
    phone: 'Phone',
    category: 'Disability category',
    group: 'Group',
    reexam: 'Re-examination',
    iprUntil: 'IPR until',
    pending: 'Pending IPR measures',
    portalDeadline: 'Portal order deadline',
    activeCase: 'Active case',
    consentDate: 'Consent date',
    yes: 'yes',
  },
} as const;

export function registryExportLabels(locale: string | undefined) {
  return REGISTRY_EXPORT_LABELS[pickLocale(locale)];
}

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

/** A field's label in the caller's language (documents reuse the forms' words). */
export function fieldLabel(field: string, locale: string | undefined): string {
  return CATALOGS[pickLocale(locale)].fields[field] ?? field;
}

/** "ИИН: неверная контрольная цифра ИИН" — the field's name first, so a message stands alone. */
export function fieldMessage(field: string, issueKey: string, locale: string | undefined): string {
  const catalog = CATALOGS[pickLocale(locale)];
  // "measures.2.hoursPerDay" is labelled as "hoursPerDay" (the form shows it in row 3).
  const label = catalog.fields[field] ?? catalog.fields[field.split('.').pop() ?? field] ?? field;
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
