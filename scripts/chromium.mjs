// The one Chromium launcher shared by the e2e tests, the screenshot script and the benchmark.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Debian's Chromium lives; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags that make headless Chromium render MapLibre through SwiftShader (software WebGL)
 * and keep it from calling home on a machine with no network.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-quic',
	'--disable-sync',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];

/**
 * Launches Debian's headless Chromium, or fails saying how to install it.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium() {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM_PATH}. Install it with \`sudo apt-get install -y chromium\` ` +
				'(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.'
		);
	}
	return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
