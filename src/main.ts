import './lib/map/worker';
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
// The language switch's 繁體中文 and 日本語, drawn on every page from a face of their own.
import './lib/ui/fonts/subset/names.css';
import './app.css';
import { prewarm } from 'maplibre-gl';
import { glyphBase, styleInputs } from './lib/data/assetUrls';
import { INITIAL_BOUNDS, viewPadding } from './lib/core/map/view';
import { DEFAULT_TIME } from './lib/core/time/storyTime';
import { startMap, STARTED_MAP, type StartedMap } from './lib/map/startMap';
import { registerGlyphProtocol } from './lib/map/glyphProtocol';
import { FONT_STACKS } from './lib/core/style/labelText';
import { mount } from 'svelte';
import App from './App.svelte';
import { DATA_LOADING, loadDatasets } from './lib/data/loadDatasets';
import { TRANSLATION_LOADING } from './lib/data/translationUrls';
import { chooseLanguage } from './lib/core/i18n/chooseLanguage';
import { parseUrlState } from './lib/core/url/urlState';
import { language } from './lib/state/Language.svelte';
import { loadPageFaces } from './lib/ui/loadLanguageFonts';

/** The performance mark set as the app mounts; its detail says what it waited for. */
const MOUNT_MARK = 'strait-atlas:mount';

/** The longest the app waits for its data before showing the page without it (filled in later). */
const DATA_WAIT_MS = 1000;

// Start MapLibre's worker now (fetching and compiling its 800 KB module) rather than when the
// map is created, after the data has been validated and the app mounted: the worker is ready
// to lay out tiles by the time the map asks it to.
prewarm();
// A Chinese or Japanese page needs its interface catalogue, its fonts and its data translations
// (the map's labels are in that language): fetch them now, alongside the data, so the app
// mounts in that language instead of mounting in English and being redrawn and laid out again.
const opening = parseUrlState(location.hash);
const lang = chooseLanguage(opening.lang, navigator.languages);
const speaking = language.set(lang);
// The labels' glyphs come from the app's own files, Chinese and Japanese ones in one bundle,
// fetched now for the page's language.
registerGlyphProtocol(glyphBase(), [FONT_STACKS[lang].join(',')]);
// The faces the page is first laid out in are loaded and decoded before the mount (which waits
// for them as for the data), so the page is laid out once, in them, rather than in fallback fonts
// and again when they arrive. A stylesheet or face that fails to load leaves the page in the
// fallback fonts, as the browser would: the mount does not stop waiting for the data over it.
const facing = loadPageFaces(lang).catch(() => {});
// The data translations (the build's head script has already asked for the file) are loaded
// and waited for with the data: with them in, the app creates the map in the same task as it
// mounts, before the page's first paint, as it does in English. (Created after that paint, the
// map waits 0.2-0.4 s for its WebGL context while the GPU process draws the page's Chinese or
// Japanese text.)
const translating =
	lang === 'en' ? null : import('./lib/data/loadTranslation').then((m) => m.loadTranslation(lang));

const target = document.getElementById('app');
if (!target) throw new Error('Strait Atlas: no #app element in index.html');
// index.html preloads the data files, so they are usually in by now. The app mounts once they
// are validated (or after DATA_WAIT_MS), so its first paint already shows the data's panels.
const loading = loadDatasets();

// The map starts now, on the basemap alone, while the data loads and validates and the page is
// built: MapLibre's worker lays out the basemap meanwhile. MapController moves it into the page
// and adds the data once it is in. A map that cannot start (no WebGL) is started again there,
// which reports why.
const view = opening.map;
let started: StartedMap | undefined;
try {
	started = startMap(
		styleInputs(DEFAULT_TIME),
		view
			? { center: [view.lng, view.lat], zoom: view.zoom }
			: { bounds: INITIAL_BOUNDS, padding: viewPadding(window.innerWidth) }
	);
} catch {
	started = undefined;
}

/**
 * Mounts the app once its catalogue and, if soon, its data are in. An async function, not a
 * top-level await: a module still waiting at its top level has not finished evaluating, so the
 * lazy chunks it imports here (which import from the startup chunk holding this module) would
 * wait for it in turn, and only the timeout below would end the wait.
 */
async function start(target: HTMLElement): Promise<void> {
	// The catalogue (a few KB from the app's own origin) is always waited for: mounting in English
	// and switching would redraw and lay out the whole interface again. A catalogue that fails to
	// load leaves the interface in English (the app reports nothing else missing).
	await speaking.catch(() => {});
	const waited = await Promise.race([
		Promise.all([loading, translating, facing]).then(() => 'data'),
		new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), DATA_WAIT_MS))
	]).catch(
		() => 'error' // a failure is shown by the app itself
	);
	// What the mount waited for, for the profiler and the tests: `data` unless something hung.
	performance.mark(MOUNT_MARK, { detail: { waited } });
	const context = new Map<symbol, unknown>([
		[DATA_LOADING, loading],
		[STARTED_MAP, started]
	]);
	if (translating) context.set(TRANSLATION_LOADING, { lang, result: translating });
	mount(App, { target, context });
}

void start(target);
