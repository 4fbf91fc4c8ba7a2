/** Shared set-up for browser tests: the system Chromium, driven by playwright-core. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium, chromiumArgs } from '../../scripts/chromium.mjs';

export const BASE_URL = process.env.FJG_TEST_URL ?? 'http://localhost:4329';

/** The system Chromium; `extraArgs` add switches (for example a Blink feature a test needs). */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath)
		throw new Error('Chromium not found: run `node scripts/chromium.mjs --ensure` or set CHROME_PATH.');
	return chromium.launch({ executablePath, args: [...chromiumArgs(), ...extraArgs], headless: true });
}

export function url(path: string): string {
	return new URL(path, BASE_URL).toString();
}

/** Presses Tab until `predicate` holds for the focused element, or gives up. */
export async function tabUntil(page: Page, predicate: string, max = 80): Promise<boolean> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(predicate)) return true;
	}
	return false;
}
