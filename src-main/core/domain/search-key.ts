// Search keys for people's names. SQLite's lower() and LIKE fold ASCII only, so we fold in JS,
// store the result and index it. Kazakh letters are folded to their Russian-keyboard neighbours
// because many workstations have no Kazakh layout: a caseworker types "алия" for "Әлия".

const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

const FOLD_RE = /[әғқңөұүһіё]/g;

/** Lower-cases (full Unicode), folds ё/е and Kazakh letters, and squeezes whitespace. */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('ru-RU')
    .normalize('NFC')
    .replace(FOLD_RE, (ch) => KAZAKH_TO_RUSSIAN[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function personSearchKey(lastName: string, firstName: string, patronymic?: string | null): string {
  return foldText([lastName, firstName, patronymic ?? ''].join(' '));
}
