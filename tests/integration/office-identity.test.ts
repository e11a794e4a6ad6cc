import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/core/api/contract';
import { makeTestApp, type TestApp } from '../helpers/app';

// The office's identity in kk and ru (issue 13, item 9): set by an administrator, audited, shown
// by setup.status for the header in each language, and printed in the matching language.

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(() => t.close());

const OFFICE = {
  nameKk: 'Талғар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
  nameRu: 'Отдел занятости и социальных программ Талгарского района',
  akimatKk: 'Талғар ауданының әкімдігі',
  akimatRu: 'Акимат Талгарского района',
  headName: 'Омаров Ерлан Сәкенұлы',
  headPositionKk: 'Бөлім басшысы',
  headPositionRu: 'Руководитель отдела',
};

describe('office identity', () => {
  it('is edited by an administrator, audited, and used in the language of each screen and document', async () => {
    // Before any edit the first-run name stands in for both languages.
    const before = await t.call<Output<'setup.status'>>('setup.status', {});
    expect(before.officeNameKk).toBe(before.officeNameRu);
    const empty = await t.router.call(
      'settings.setOffice',
      { ...OFFICE, nameKk: '  ' },
      { session: t.admin },
    );
    expect(empty.ok).toBe(false);
    await t.call('settings.setOffice', OFFICE);
    const status = await t.call<Output<'setup.status'>>('setup.status', {});
    expect([status.officeNameKk, status.officeNameRu]).toEqual([OFFICE.nameKk, OFFICE.nameRu]);
    const audited = t.app.sqlite
      .prepare(
        "SELECT changes FROM audit_log WHERE entity = 'setting' AND entity_id = 'office' ORDER BY seq DESC LIMIT 1",
      )
      .pluck()
      .get() as string;
    expect(JSON.parse(audited).akimatKk).toEqual(['', OFFICE.akimatKk]);

    const person = await t.call<{ id: string }>('applicants.create', {
      lastName: 'Бекова',
      firstName: 'Зере',
      birthDate: '1950-04-04',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар, ул. Абая, 9',
      iin: '',
      iinMissingReason: 'Документы утеряны',
    });
    for (const locale of ['kk', 'ru'] as const) {
      const pdf = await t.call<{ base64: string }>('applicants.summaryPdf', { id: person.id, locale });
      const file = join(t.dir, `office-${locale}.pdf`);
      writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(locale === 'kk' ? OFFICE.nameKk : OFFICE.nameRu);
      expect(text).not.toContain(locale === 'kk' ? OFFICE.nameRu : OFFICE.nameKk);
      // Russian agreement by sex in the document too.
      if (locale === 'ru') expect(text).toContain('Дееспособна');
    }
  });
});
