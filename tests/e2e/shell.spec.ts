import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';
import { expect, signIn, test } from './fixtures';

// Every area of the shell in Kazakh and Russian: areas not built yet must say what will be
// there, and long Kazakh labels must not be clipped.
const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const AREAS = [{ path: 'reports', kk: 'Есептер', ru: 'Отчёты' }] as const;

for (const locale of ['kk', 'ru'] as const) {
  test(`navigation, placeholders and settings in ${locale}`, async ({ page, web }) => {
    await signIn(page, web);
    await page
      .getByTestId('language-switch')
      .getByText(locale.toUpperCase(), { exact: true })
      .first()
      .click();
    for (const area of AREAS) {
      await page.getByRole('link', { name: area[locale] }).click();
      await expect(page.getByRole('heading', { name: area[locale] })).toBeVisible();
      await expect(page.getByTestId('area-placeholder').locator('li')).not.toHaveCount(0);
    }
    await page.screenshot({ path: join(SHOTS, `placeholder-${locale}.png`) });
    await page.getByRole('link', { name: locale === 'kk' ? 'Баптаулар' : 'Настройки' }).click();
    await expect(
      page.getByText(locale === 'kk' ? '196000000 — Алматы облысы' : '196000000 — Алматинская область'),
    ).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `settings-${locale}.png`) });

    // No navigation label is cut off: each fits its box (scrollWidth would exceed clientWidth).
    const clipped = await page
      .locator('nav a')
      .evaluateAll((links) =>
        links
          .filter((a) => [...a.querySelectorAll('span')].some((s) => s.scrollWidth > s.clientWidth + 1))
          .map((a) => a.textContent),
      );
    expect(clipped).toEqual([]);

    await page.getByTestId('logout').click();
    await expect(page.getByTestId('login-submit')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `login-${locale}.png`) });
  });
}
