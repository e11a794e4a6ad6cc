import { describe, expect, it } from 'vitest';
import { makeIin } from '../../src-main/core/domain/iin';
import { iinCell, parseGroupCell } from '../../src-main/core/modules/registry-import/check';
import { decodeText } from '../../src-main/core/shared/spreadsheet/table';
import { parseDayCell } from '../../src-main/core/shared/spreadsheet/values';

// How cells typed in district offices' spreadsheets are read.

describe('day cells', () => {
  it('reads the ways offices write a day', () => {
    expect(parseDayCell('15.07.1985', 2026)).toBe('1985-07-15');
    expect(parseDayCell('1985-07-15', 2026)).toBe('1985-07-15');
    expect(parseDayCell('5/7/1985', 2026)).toBe('1985-07-05');
    expect(parseDayCell('05.03.26', 2026)).toBe('2026-03-05');
    expect(parseDayCell('05.03.27', 2026)).toBe('1927-03-05');
    expect(parseDayCell('', 2026)).toBeNull();
  });
  it('reads Excel serials, and not years or impossible days', () => {
    // 31243 is what Excel shows for 15.07.1985 once the cell's date format is lost.
    expect(parseDayCell('31243', 2026)).toBe('1985-07-15');
    expect(parseDayCell('61', 2026)).toBe('1900-03-01');
    expect(parseDayCell('46086.5', 2026)).toBe('2026-03-05');
    expect(parseDayCell('1985', 2026)).toBeUndefined();
    expect(parseDayCell('31.02.1985', 2026)).toBeUndefined();
    expect(parseDayCell('15.07', 2026)).toBeUndefined();
    expect(parseDayCell('июль 1985', 2026)).toBeUndefined();
  });
});

describe('group and IIN cells', () => {
  it('reads groups in digits, Roman numerals (Latin or Kazakh І) and with words', () => {
    expect(parseGroupCell('2')).toBe(2);
    expect(parseGroupCell('III')).toBe(3);
    expect(parseGroupCell('ІІ')).toBe(2);
    expect(parseGroupCell('I группа')).toBe(1);
    expect(parseGroupCell('2-я')).toBe(2);
    expect(parseGroupCell('')).toBeNull();
    expect(parseGroupCell('IV')).toBeUndefined();
    expect(parseGroupCell('4')).toBeUndefined();
  });
  it('gives back the leading zero a number cell dropped, only when that makes a valid IIN', () => {
    const iin = makeIin('2003-04-05', 'F', 17) as string;
    expect(iin.startsWith('0')).toBe(true);
    expect(iinCell(iin.slice(1))).toBe(iin);
    expect(iinCell(` ${iin.slice(0, 6)} ${iin.slice(6)} `)).toBe(iin);
    expect(iinCell('12345678901')).toBe('12345678901');
  });
});

describe('text encodings', () => {
  it('reads UTF-8 (with or without a BOM) and falls back to Windows-1251', () => {
    expect(decodeText(new TextEncoder().encode('Фамилия;Имя'))).toBe('Фамилия;Имя');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    // "Иванов" in Windows-1251.
    expect(decodeText(Uint8Array.from([0xc8, 0xe2, 0xe0, 0xed, 0xee, 0xe2]))).toBe('Иванов');
  });
});
