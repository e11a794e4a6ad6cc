import { defineMessages } from '../../api/define-messages';

// This module's error texts, validation issues and field names in kk, ru and en (combined in
// api/messages.ts; the router answers every door in the caller's language with them).

declare module '../../errors' {
  interface ErrorCodes {
    CONFLICT_LOGIN: true;
    ALREADY_INITIALIZED: true;
    NOT_INITIALIZED: true;
    BAD_CREDENTIALS: true;
    ACCOUNT_DISABLED: true;
    ACCOUNT_LOCKED: true;
    LAST_ADMIN: true;
  }
}

export const accountsMessages = defineMessages({
  kk: {
    errors: {
      CONFLICT_LOGIN: 'Бұл логин бос емес.',
      ALREADY_INITIALIZED: 'Бағдарлама бұрын бапталған.',
      NOT_INITIALIZED: 'Алдымен бағдарламаны баптаңыз.',
      BAD_CREDENTIALS: 'Логин немесе құпиясөз қате.',
      ACCOUNT_DISABLED: 'Тіркелгі өшірілген. Әкімшіге хабарласыңыз.',
      ACCOUNT_LOCKED:
        'Құпиясөз бірнеше рет қате енгізілді, тіркелгі {minutes} минутқа бұғатталды. Кейінірек қайталаңыз немесе әкімшіге хабарласыңыз.',
      LAST_ADMIN: 'Бұл соңғы белсенді әкімші. Алдымен басқа әкімші тағайындаңыз.',
    },
    issues: {
      loginTaken: 'бұл логин бос емес',
      passwordWrong: 'құпиясөз қате',
      passwordSame: 'жаңа құпиясөз ескісінен өзгеше болуы керек',
      rolesEmpty: 'кемінде бір рөл таңдаңыз',
    },
    fields: {
      disabledAt: 'Өшірілген күні',
      lockedUntil: 'Бұғатталған мерзім',
      locale: 'Интерфейс тілі',
      failedAttempts: 'Қате әрекеттер',
      officeName: 'Ұйым атауы (орысша)',
      officeNameKk: 'Ұйым атауы (қазақша)',
      districtKato: 'Ауданның ҚАТО коды',
      password: 'Құпиясөз',
      'admin.login': 'Логин',
      'admin.fullName': 'Аты-жөні',
      'admin.password': 'Құпиясөз',
      currentPassword: 'Қазіргі құпиясөз',
      newPassword: 'Жаңа құпиясөз',
      roles: 'Рөлдер',
    },
  },
  ru: {
    errors: {
      CONFLICT_LOGIN: 'Этот логин уже занят.',
      ALREADY_INITIALIZED: 'Программа уже настроена.',
      NOT_INITIALIZED: 'Сначала настройте программу.',
      BAD_CREDENTIALS: 'Неверный логин или пароль.',
      ACCOUNT_DISABLED: 'Учётная запись отключена. Обратитесь к администратору.',
      ACCOUNT_LOCKED:
        'Пароль несколько раз введён неверно, учётная запись заблокирована на {minutes} мин. Повторите позже или обратитесь к администратору.',
      LAST_ADMIN: 'Это последний действующий администратор. Сначала назначьте другого администратора.',
    },
    issues: {
      loginTaken: 'этот логин уже занят',
      passwordWrong: 'неверный пароль',
      passwordSame: 'новый пароль должен отличаться от старого',
      rolesEmpty: 'выберите хотя бы одну роль',
    },
    fields: {
      disabledAt: 'Отключён',
      lockedUntil: 'Заблокирован до',
      locale: 'Язык интерфейса',
      failedAttempts: 'Неудачные попытки',
      officeName: 'Название организации (русский)',
      officeNameKk: 'Название организации (казахский)',
      districtKato: 'Код КАТО района',
      password: 'Пароль',
      'admin.login': 'Логин',
      'admin.fullName': 'ФИО',
      'admin.password': 'Пароль',
      currentPassword: 'Текущий пароль',
      newPassword: 'Новый пароль',
      roles: 'Роли',
    },
  },
  en: {
    errors: {
      CONFLICT_LOGIN: 'This login is already taken.',
      ALREADY_INITIALIZED: 'The application is already set up.',
      NOT_INITIALIZED: 'Set up the application first.',
      BAD_CREDENTIALS: 'Wrong login or password.',
      ACCOUNT_DISABLED: 'The account is disabled. Contact the administrator.',
      ACCOUNT_LOCKED:
        'The password was wrong too many times; the account is locked for {minutes} min. Try again later or ask the administrator.',
      LAST_ADMIN: 'This is the last active administrator. Make someone else an administrator first.',
    },
    issues: {
      loginTaken: 'this login is already taken',
      passwordWrong: 'wrong password',
      passwordSame: 'the new password must differ from the old one',
      rolesEmpty: 'choose at least one role',
    },
    fields: {
      disabledAt: 'Disabled at',
      lockedUntil: 'Locked until',
      locale: 'Interface language',
      failedAttempts: 'Failed attempts',
      officeName: 'Office name (Russian)',
      officeNameKk: 'Office name (Kazakh)',
      districtKato: 'District KATO code',
      password: 'Password',
      'admin.login': 'Login',
      'admin.fullName': 'Full name',
      'admin.password': 'Password',
      currentPassword: 'Current password',
      newPassword: 'New password',
      roles: 'Roles',
    },
  },
});
