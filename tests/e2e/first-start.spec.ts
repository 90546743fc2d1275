// First start: the sample issue is already in the library and reads as a structured digest.
import { SAMPLE_TITLE, expect, openApp, test } from './fixtures';

test('the library holds the sample issue on first start', async ({ offlinePage: page }) => {
  await openApp(page);
  const library = page.getByRole('list', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await expect(library.getByRole('link', { name: new RegExp(`^${escapeRegExp(SAMPLE_TITLE)}`) })).toBeVisible();
});

test('opening the sample shows its title as h1 and its four sections as h2', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(SAMPLE_TITLE)}`) }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);
  await expect(article.getByRole('heading', { level: 2 })).toHaveText(['稳经济促增长', '夯实项目支撑', '推动城市更新', '营造良好发展环境']);
  // Image placeholders are shown as such, and the credits sit at the foot.
  await expect(article.getByRole('figure', { name: 'Image' })).toHaveCount(26);
  await expect(article.getByText('文字统筹:张安宇')).toBeVisible();
  // Page chrome from the source is not part of the issue.
  await expect(article.getByText('友情链接')).toHaveCount(0);
});

test('the section outline moves to a section', async ({ offlinePage: page }) => {
  await openApp(page);
  await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(SAMPLE_TITLE)}`) }).click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /推动城市更新/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: '推动城市更新' })).toBeFocused();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('loading the app asks for nothing that is not there: its icon is its own, served with it', async ({ offlinePage: page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => missing.push(`failed ${request.url()}`));
  await openApp(page);
  // The browser asks for the page's icon after the load; give it the time to.
  await page.waitForLoadState('networkidle');
  const icon = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (!link) return null;
    const response = await fetch(link.href);
    return {
      sameOrigin: new URL(link.href).origin === location.origin,
      status: response.status,
      type: response.headers.get('content-type'),
    };
  });
  expect(icon).toEqual({ sameOrigin: true, status: 200, type: expect.stringContaining('image/svg+xml') });
  expect(missing).toEqual([]);
});
