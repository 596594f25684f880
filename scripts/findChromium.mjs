// Finds a Chromium or Chrome binary the way a user's machine has one. Pure: the file system,
// environment and platform are passed in, so the search order is unit tested
// (tests/unit/scripts/findChromium.test.ts). Run directly (`node scripts/findChromium.mjs`) it
// prints the path found, or the install hint and exits 1; .ci/run uses it before `npm ci`.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, resolve, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {object} FindChromiumHost
 * @property {Record<string, string | undefined>} env the environment (CHROMIUM_PATH, PATH, ...)
 * @property {string} platform `process.platform`: 'linux', 'darwin', 'win32' ...
 * @property {string} home the user's home folder
 * @property {(path: string) => boolean} exists whether a file exists at `path`
 * @property {(dir: string) => string[]} listDir the names in a folder ([] if it does not exist)
 */

/** Names a Chromium or Chrome takes on PATH on Linux, most specific first. */
const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where Linux distributions and vendors put them when PATH does not list the folder. */
const LINUX_DIRS = ['/usr/bin', '/usr/local/bin', '/snap/bin'];
const LINUX_FILES = ['/opt/google/chrome/chrome', '/opt/chromium/chrome'];

const MAC_FILES = [
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/**
 * Where Playwright's `npx playwright install chromium` puts its browsers: the folder, and inside
 * each `chromium-<rev>` (newest first) the binary for this platform, new layout then old.
 * @param {FindChromiumHost} host
 */
function playwrightCandidates({ env, platform, home, listDir }) {
	const p = platform === 'win32' ? win32 : posix;
	const root =
		env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0'
			? env.PLAYWRIGHT_BROWSERS_PATH
			: platform === 'darwin'
				? p.join(home, 'Library', 'Caches', 'ms-playwright')
				: platform === 'win32'
					? p.join(env.LOCALAPPDATA ?? p.join(home, 'AppData', 'Local'), 'ms-playwright')
					: p.join(env.XDG_CACHE_HOME ?? p.join(home, '.cache'), 'ms-playwright');
	/** @type {[string, string][]} */
	const inside =
		platform === 'darwin'
			? [
					[
						'chrome-mac-arm64',
						'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'
					],
					[
						'chrome-mac-x64',
						'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'
					],
					['chrome-mac', 'Chromium.app/Contents/MacOS/Chromium']
				]
			: platform === 'win32'
				? [
						['chrome-win64', 'chrome.exe'],
						['chrome-win', 'chrome.exe']
					]
				: [
						['chrome-linux64', 'chrome'],
						['chrome-linux-arm64', 'chrome'],
						['chrome-linux', 'chrome']
					];
	const revision = (/** @type {string} */ name) => Number(name.slice(name.indexOf('-') + 1)) || 0;
	const builds = listDir(root)
		.filter((name) => /^chromium-\d+$/.test(name))
		.sort((a, b) => revision(b) - revision(a));
	return builds.flatMap((build) =>
		inside.map(([dir, file]) => p.join(root, build, dir, ...file.split('/')))
	);
}

/**
 * Every place to look for a browser, in order: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
 * then chromium, chromium-browser or google-chrome on PATH and in the usual Linux folders, the
 * macOS and Windows Chrome locations, and last Playwright's own browser cache.
 * @param {FindChromiumHost} host
 * @returns {string[]}
 */
export function chromiumCandidates(host) {
	const { env, platform } = host;
	const out = [];
	if (env.CHROMIUM_PATH) out.push(env.CHROMIUM_PATH);
	if (platform === 'win32') {
		const w = win32;
		for (const base of [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]) {
			if (base) out.push(w.join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'));
		}
	} else if (platform === 'darwin') {
		out.push(...MAC_FILES, ...MAC_FILES.map((f) => posix.join(host.home, f)));
	} else {
		out.push('/usr/bin/chromium');
		const pathDirs = (env.PATH ?? '').split(':').filter(Boolean);
		for (const name of LINUX_NAMES) {
			for (const dir of [...pathDirs, ...LINUX_DIRS]) out.push(posix.join(dir, name));
		}
		out.push(...LINUX_FILES);
	}
	out.push(...playwrightCandidates(host));
	return [...new Set(out)];
}

/**
 * The first Chromium or Chrome that exists on this machine, or null (also when CHROMIUM_PATH is
 * set to a file that does not exist).
 * @param {FindChromiumHost} host
 * @returns {string | null}
 */
export function findChromium(host) {
	// A CHROMIUM_PATH that is set but wrong is a mistake to report, not a reason to run another browser.
	if (host.env.CHROMIUM_PATH && !host.exists(host.env.CHROMIUM_PATH)) return null;
	return chromiumCandidates(host).find((path) => host.exists(path)) ?? null;
}

/**
 * The error text when no browser is found: where it looked and how to install one.
 * @param {string | undefined} chromiumPath the CHROMIUM_PATH that was set, if any
 */
export function chromiumMissingMessage(chromiumPath) {
	return (
		'No Chromium or Chrome found' +
		(chromiumPath ? ` (CHROMIUM_PATH=${chromiumPath} does not exist)` : '') +
		'. Looked for CHROMIUM_PATH, /usr/bin/chromium, chromium, chromium-browser and google-chrome ' +
		"on PATH, the macOS and Windows Chrome locations and Playwright's browser cache. Install one: " +
		'`sudo apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium` ' +
		'(any system), or set CHROMIUM_PATH to a Chromium or Chrome binary.'
	);
}

/** The real machine: this process's environment and file system. */
export function localHost() {
	return /** @type {FindChromiumHost} */ ({
		env: process.env,
		platform: process.platform,
		home: homedir(),
		exists: (path) => existsSync(path),
		listDir: (dir) => {
			try {
				return readdirSync(dir);
			} catch {
				return [];
			}
		}
	});
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
	const found = findChromium(localHost());
	if (found) console.log(found);
	else {
		console.error(chromiumMissingMessage(process.env.CHROMIUM_PATH));
		process.exit(1);
	}
}
