// Screenshots of every grouping at three sizes (not committed).
import { launchChromium } from '../test/support/browser.ts';
const base = `http://127.0.0.1:${process.env.PORT}`;
const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: 'q2@example.org', p: 'q2-password-long' } }) });
const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
const [name, value] = cookie.split('=') as [string, string];
const browser = await launchChromium();
const sizes = (process.argv[3] ?? '1280x800,1920x1080,390x844').split(',').map((s) => s.split('x').map(Number) as [number, number]);
const slug = process.argv[2] ?? 'camafu';
const groupings = (process.argv[4] ?? 'REGION,DETECTED,ORGANIZATION,INTEREST').split(',');
for (const [width, height] of sizes) {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addCookies([{ name, value, url: base }]);
  const page = await context.newPage();
  await page.goto(`${base}/c/${slug}`);
  await page.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 240_000 });
  for (const g of groupings) {
    if (g !== 'REGION') {
      if (width < 700) await page.locator('.explorer__options > summary').click().catch(() => {});
      await page.getByTestId('grouping').selectOption(g);
      await page.locator(`section.explorer[data-grouping="${g}"]`).waitFor({ timeout: 240_000 });
      await page.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 240_000 });
      if (width < 700) await page.locator('.explorer__options > summary').click().catch(() => {});
    }
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/q2/shots/${slug}-${g}-${width}x${height}.png` });
    console.log('shot', slug, g, width, height);
  }
  await context.close();
}
await browser.close();
