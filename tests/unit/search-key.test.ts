import { describe, expect, it } from 'vitest';
import { foldText, personSearchKey } from '../../src-main/core/domain/search-key';

describe('search key folding', () => {
  it('folds Cyrillic case, ё/е and Kazakh letters to their Russian-keyboard neighbours', () => {
    expect(foldText('ӘЛИЯ')).toBe('алия');
    expect(foldText('Әлия')).toBe(foldText('алия'));
    expect(foldText('Ғалым Қасымов Ңң Өмір Ұлан Үміт Һ Ілияс Фёдор')).toBe(
      'галым касымов нн омир улан умит х илияс федор',
    );
  });

  it('squeezes punctuation and spaces so hyphenated and spaced names match', () => {
    expect(foldText('  Жақсылық-Оспанова   Айгүл ')).toBe('жаксылык оспанова айгул');
  });

  it('keys a person by last, first and patronymic', () => {
    expect(personSearchKey('Сәрсенбаева', 'Әлия', 'Қайратқызы')).toBe('сарсенбаева алия кайраткызы');
    expect(personSearchKey('Иванов', 'Пётр', null)).toBe('иванов петр');
  });
});
