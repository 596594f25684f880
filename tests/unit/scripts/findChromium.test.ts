import { describe, it, expect } from 'vitest';
import {
	chromiumCandidates,
	chromiumMissingMessage,
	findChromium
} from '../../../scripts/findChromium.mjs';

/** A fake machine: the files that exist and the folders' contents. */
function host(
	files: string[],
	{
		env = {},
		platform = 'linux',
		home = '/home/u',
		dirs = {}
	}: {
		env?: Record<string, string>;
		platform?: string;
		home?: string;
		dirs?: Record<string, string[]>;
	} = {}
) {
	const set = new Set(files);
	return {
		env,
		platform,
		home,
		exists: (p: string) => set.has(p),
		listDir: (d: string) => dirs[d] ?? []
	};
}

describe('findChromium', () => {
	it('prefers CHROMIUM_PATH over every other browser', () => {
		const h = host(['/opt/my/chrome', '/usr/bin/chromium'], {
			env: { CHROMIUM_PATH: '/opt/my/chrome' }
		});
		expect(findChromium(h)).toBe('/opt/my/chrome');
	});

	it('returns null when CHROMIUM_PATH names a missing file, even if another browser exists', () => {
		const h = host(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope/chrome' } });
		expect(findChromium(h)).toBeNull();
	});

	it("takes Debian's /usr/bin/chromium before a chromium elsewhere on PATH", () => {
		const h = host(['/usr/bin/chromium', '/home/u/bin/chromium'], {
			env: { PATH: '/home/u/bin:/usr/bin' }
		});
		expect(findChromium(h)).toBe('/usr/bin/chromium');
	});

	it('finds chromium-browser on PATH', () => {
		const h = host(['/usr/lib/x/chromium-browser'], { env: { PATH: '/usr/lib/x:/bin' } });
		expect(findChromium(h)).toBe('/usr/lib/x/chromium-browser');
	});

	it('finds google-chrome in /usr/bin when PATH is empty', () => {
		expect(findChromium(host(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome');
	});

	it('prefers chromium-browser to google-chrome', () => {
		const h = host(['/usr/bin/google-chrome', '/snap/bin/chromium-browser']);
		expect(findChromium(h)).toBe('/snap/bin/chromium-browser');
	});

	it('finds Chrome in /Applications on macOS', () => {
		const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
		expect(findChromium(host([chrome], { platform: 'darwin' }))).toBe(chrome);
	});

	it('finds Chrome in Program Files on Windows', () => {
		const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
		const h = host([chrome], { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' } });
		expect(findChromium(h)).toBe(chrome);
	});

	it("falls back to the newest build in Playwright's Linux cache", () => {
		const cache = '/home/u/.cache/ms-playwright';
		const h = host(
			[
				`${cache}/chromium-1100/chrome-linux/chrome`,
				`${cache}/chromium-1200/chrome-linux64/chrome`
			],
			{ dirs: { [cache]: ['chromium-1100', 'chromium-1200', 'ffmpeg-1011'] } }
		);
		expect(findChromium(h)).toBe(`${cache}/chromium-1200/chrome-linux64/chrome`);
	});

	it("looks in Playwright's macOS cache under ~/Library/Caches", () => {
		const cache = '/Users/u/Library/Caches/ms-playwright';
		const bin = `${cache}/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`;
		const h = host([bin], {
			platform: 'darwin',
			home: '/Users/u',
			dirs: { [cache]: ['chromium-1200'] }
		});
		expect(findChromium(h)).toBe(bin);
	});

	it('honours PLAYWRIGHT_BROWSERS_PATH', () => {
		const h = host(['/pw/chromium-9/chrome-linux/chrome'], {
			env: { PLAYWRIGHT_BROWSERS_PATH: '/pw' },
			dirs: { '/pw': ['chromium-9'] }
		});
		expect(findChromium(h)).toBe('/pw/chromium-9/chrome-linux/chrome');
	});

	it('returns null when no browser exists', () => {
		expect(findChromium(host([]))).toBeNull();
	});
});

describe('chromiumCandidates', () => {
	it("puts Playwright's cache after every system browser", () => {
		const h = host([], { dirs: { '/home/u/.cache/ms-playwright': ['chromium-1'] } });
		const list = chromiumCandidates(h);
		const firstCache = list.findIndex((p) => p.includes('ms-playwright'));
		const lastSystem = list.findLastIndex((p) => !p.includes('ms-playwright'));
		expect(firstCache).toBeGreaterThan(lastSystem);
	});
});

describe('chromiumMissingMessage', () => {
	it('says how to install Chromium with apt and with Playwright', () => {
		const text = chromiumMissingMessage(undefined);
		expect(text).toContain('apt-get install -y chromium');
		expect(text).toContain('npx playwright install chromium');
	});

	it('names a CHROMIUM_PATH that does not exist', () => {
		expect(chromiumMissingMessage('/nope/chrome')).toContain('CHROMIUM_PATH=/nope/chrome');
	});
});
