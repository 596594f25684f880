// The one Chromium launcher shared by the e2e tests, the screenshot script and the benchmark.
import { chromium } from 'playwright-core';
import { chromiumMissingMessage, findChromium, localHost } from './findChromium.mjs';

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
	'--ignore-gpu-blocklist',
	// Chromium 156's headless mode builds the omnibox popup's WebUI pages (two renderers running
	// script, a blinking caret included) for every new browser context. A test or a benchmark load
	// opens a context each time, so they ran beside every load, taking CPU from it.
	'--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
];

/**
 * Launches the machine's headless Chromium (see findChromium.mjs for where it looks), or fails
 * saying how to install one.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium() {
	const executablePath = findChromium(localHost());
	if (!executablePath) throw new Error(chromiumMissingMessage(process.env.CHROMIUM_PATH));
	return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
