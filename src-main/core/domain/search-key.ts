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

// Cyrillic (Russian and Kazakh) to a plain Latin spelling, after folding. Used to find likely
// duplicates across spellings ("Әлия", "Алия", "Aliya") and to let a Latin query find a Cyrillic
// name. Deliberately coarse: й/ы/и all become "i", so small spelling differences still meet.
const TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** A Latin key that Cyrillic and Latin spellings of the same name share (as far as cheap). */
export function latinKey(text: string): string {
  const folded = foldText(text).replace(/[а-я]/g, (ch) => TO_LATIN[ch] ?? ch);
  // Latin spellings vary the same way: y/j → i, kh/h, ya/ia, yu/iu, double letters.
  return (
    folded
      .replace(/[yj]/g, 'i')
      .replace(/kh/g, 'h')
      .replace(/q/g, 'k')
      .replace(/w/g, 'u')
      .replace(/(.)\1+/g, '$1')
      // "-bayeva" and "-баева": a glide between vowels is written in Latin and not in Cyrillic.
      .replace(/([aeiou])i(?=[aeou])/g, '$1')
  );
}

export function personLatinKey(lastName: string, firstName: string): string {
  return latinKey(`${lastName} ${firstName}`);
}
