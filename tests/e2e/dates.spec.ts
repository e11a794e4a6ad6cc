import { join } from 'node:path';
import { api, apiSession, expect, SHOTS, signIn, switchLocale, test } from './fixtures';

// A date typed into a form is never silently dropped: a day that does not exist or a birth
// date in the future stays in the field as typed, with the rule beside it, and Save writes
// nothing; editing a person does not quietly keep the old date either. Read back through the
// api after each refusal.

async function people(web: Parameters<typeof apiSession>[0], name: string): Promise<number> {
  const s = await apiSession(web);
  const r = await api(web, 'applicants.list', { query: name }, s);
  return (r.data as { total: number }).total;
}

/** A person born on 23.09.1978, registered through the api; returns the id. */
async function personBornIn1978(web: Parameters<typeof apiSession>[0], session: string, lastName: string) {
  const created = await api(
    web,
    'applicants.create',
    {
      lastName,
      firstName: 'Айгүл',
      birthDate: '1978-09-23',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар',
      iin: '',
      iinMissingReason: 'нет документов',
    },
    session,
  );
  return (created.data as { id: string }).id;
}

test('person form: a future or impossible birth date stays visible with its rule and nothing is saved (ru, kk)', async ({
  page,
  web,
}) => {
  await signIn(page, web);
  await switchLocale(page, 'ru');
  await page.locator('nav').getByRole('link', { name: 'Люди' }).click();
  await page.getByTestId('applicant-add').click();
  await page.getByTestId('applicant-last-name').fill('Датабекова');
  await page.getByTestId('applicant-first-name').fill('Сәуле');
  await page
    .getByTestId('applicant-iin-reason')
    .fill('нет документов')
    .catch(() => undefined);
  await page.getByTestId('applicant-kato').fill('196020100');
  await page.getByTestId('applicant-address').fill('Талгар');
  await page.getByTestId('applicant-sex').getByText('Женский').click();

  const birth = page.getByTestId('applicant-birth-date');
  await birth.fill('15.05.1990');
  await birth.press('Tab');
  await birth.fill('01.01.2030');
  await birth.press('Tab');
  await expect(birth).toHaveValue('01.01.2030');
  await expect(page.getByText('Дата рождения: дата не может быть в будущем')).toBeVisible();
  await birth.fill('31.02.2021');
  await birth.press('Tab');
  await expect(birth).toHaveValue('31.02.2021');
  await expect(page.getByText('Дата рождения: такого дня нет в календаре')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'date-not-real-ru.png') });
  await page.getByTestId('applicant-save').click();
  await expect(birth).toHaveValue('31.02.2021');
  expect(await people(web, 'датабекова')).toBe(0);

  await switchLocale(page, 'kk');
  await birth.fill('01.01.2030');
  await birth.press('Tab');
  await expect(birth).toHaveValue('01.01.2030');
  await expect(page.getByText('Туған күні: күн болашақта болмауы керек')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'date-future-kk.png') });
  await page.getByTestId('applicant-save').click();
  expect(await people(web, 'датабекова')).toBe(0);

  // A real date, typed with other separators, saves.
  await birth.fill('5/5/1990');
  await page.getByTestId('applicant-save').click();
  await expect.poll(() => people(web, 'датабекова')).toBe(1);
});

test('editing a person: a future date typed over a good one is refused, the stored one stays', async ({
  page,
  web,
}) => {
  const s = await apiSession(web);
  const id = await personBornIn1978(web, s, 'Өзгертова');
  await signIn(page, web);
  await switchLocale(page, 'ru');
  await page.goto(`${web.origin}/#/applicants/${id}/edit`);
  const birth = page.getByTestId('applicant-birth-date');
  await expect(birth).toHaveValue('23.09.1978');
  await birth.fill('23.09.2078');
  await page.getByTestId('applicant-save').click();
  await expect(birth).toHaveValue('23.09.2078');
  await expect(page.getByText('Дата рождения: дата не может быть в будущем')).toBeVisible();
  const stored = await api(web, 'applicants.get', { id }, s);
  expect((stored.data as { birthDate: string }).birthDate).toBe('1978-09-23');
});

test('the calendar and typing agree: a date picked is shown as DD.MM.YYYY and saved', async ({
  page,
  web,
}) => {
  const s = await apiSession(web);
  const id = await personBornIn1978(web, s, 'Күнтізбеева');
  await signIn(page, web);
  await switchLocale(page, 'ru');
  await page.goto(`${web.origin}/#/applicants/${id}/edit`);
  await page.getByRole('button', { name: 'Открыть календарь' }).first().click();
  await page.getByRole('button', { name: '1979' }).click();
  await page.getByRole('button', { name: 'сент.' }).click();
  await page.getByRole('button', { name: '24 сентября 1979' }).click();
  await expect(page.getByTestId('applicant-birth-date')).toHaveValue('24.09.1979');
  await page.getByTestId('applicant-save').click();
  await expect
    .poll(async () => ((await api(web, 'applicants.get', { id }, s)).data as { birthDate: string }).birthDate)
    .toBe('1979-09-24');
});

type Card = { disability: unknown[]; iprs: unknown[]; cases: unknown[] };

for (const locale of ['ru', 'kk'] as const) {
  test(`disability, programme and application forms keep a bad date with its rule and save nothing (${locale})`, async ({
    page,
    web,
  }) => {
    const s = await apiSession(web);
    const id = await personBornIn1978(web, s, `Датаформова${locale === 'kk' ? 'қ' : 'р'}`);
    const card = async () => (await api(web, 'applicants.card', { id }, s)).data as Card;
    const notReal = locale === 'ru' ? 'такого дня нет в календаре' : 'күнтізбеде мұндай күн жоқ';
    const future = locale === 'ru' ? 'дата не может быть в будущем' : 'күн болашақта болмауы керек';
    await signIn(page, web);
    await switchLocale(page, locale);
    await page.goto(`${web.origin}/#/applicants/${id}`);

    // Disability record: 31.02.2021 is not a day of the calendar.
    await page.getByTestId('card-disability-tab').click();
    await page.getByTestId('card-disability-add').click();
    await page.getByTestId('dis-established').fill('31.02.2021');
    await page.getByTestId('dis-mse').fill('МСЭ-9');
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('dis-established')).toHaveValue('31.02.2021');
    await expect(page.getByRole('dialog').getByText(notReal)).toBeVisible();
    expect((await card()).disability).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `date-disability-${locale}.png`) });
    await page.getByTestId('modal-cancel').click();

    // The programme needs a record: one through the api, then a future issue date typed.
    await api(
      web,
      'disability.add',
      {
        applicantId: id,
        category: 'adult',
        groupNo: 2,
        cause: 'general_disease',
        term: '2y',
        establishedOn: '2025-03-01',
        mseDecisionNo: 'МСЭ-10',
      },
      s,
    );
    await page.reload();
    await page.getByTestId('card-disability-tab').click();
    await page.getByTestId('card-ipr-add').click();
    await page.getByTestId('ipr-number').fill('ИПАР-77');
    await page.getByTestId('ipr-issued').fill('01.01.2031');
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('ipr-issued')).toHaveValue('01.01.2031');
    await expect(page.getByRole('dialog').getByText(future)).toBeVisible();
    expect((await card()).iprs).toEqual([]);
    await page.getByTestId('modal-cancel').click();

    // Application: a future application date.
    await page.getByTestId('card-cases-tab').click();
    await page.getByTestId('cases-add').click();
    await page.getByTestId('case-applied-on').fill('15.06.2031');
    await page.getByTestId('modal-save').click();
    await expect(page.getByTestId('case-applied-on')).toHaveValue('15.06.2031');
    await expect(page.getByRole('dialog').getByText(future)).toBeVisible();
    expect((await card()).cases).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `date-application-${locale}.png`) });
  });
}
