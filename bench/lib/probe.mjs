// The GPU-independent costs of a measured span, read beside every timing so a regression shows
// which cost grew: main-thread task, script, layout and style time (CDP Performance.getMetrics),
// CPU time of the GPU process and of the renderer (CDP SystemInfo.getProcessInfo), WebGL shader
// programs linked, bytes fetched, and tiles laid out per source (MapLibre's loadTile/reloadTile
// messages to its worker).

/**
 * Runs in the page before any of its scripts: counts WebGL programs and shaders, and the tile
 * (re)layouts MapLibre asks its worker for, by source. Read with `window.__benchProbe`.
 */
function pageProbe() {
	const probe = {
		programs: 0,
		shaders: 0,
		frames: 0,
		draws: 0,
		uploadMB: 0,
		layouts: {},
		reloads: {},
		setData: 0,
		/**
		 * When (ms from navigation) the page first did what a startup is made of: created a
		 * WebGL context (`new Map`), asked MapLibre's worker for a tile, and cleared the canvas
		 * for a frame. Read by the startup measurement as its timeline.
		 */
		marks: {},
		/**
		 * The `render` event of the next frame `map` draws (a frame held for tiles draws none)
		 * for which `ready()` holds.
		 */
		nextDrawn(map, ready = () => true) {
			let f0 = probe.frames;
			return new Promise((resolve) => {
				const on = () => {
					if (probe.frames === f0) return;
					f0 = probe.frames;
					if (!ready()) return;
					map.off('render', on);
					resolve();
				};
				map.on('render', on);
			});
		}
	};
	Object.defineProperty(window, '__benchProbe', { value: probe });
	const mark = (/** @type {string} */ name) => {
		if (!(name in probe.marks)) probe.marks[name] = performance.now();
	};
	const getContext = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
		if (String(type).startsWith('webgl')) mark('mapCreated');
		return getContext.call(this, type, ...rest);
	};
	for (const Ctx of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
		if (!Ctx) continue;
		const link = Ctx.prototype.linkProgram;
		Ctx.prototype.linkProgram = function (p) {
			probe.programs++;
			return link.call(this, p);
		};
		// MapLibre clears the default framebuffer once per frame it draws.
		const clear = Ctx.prototype.clear;
		Ctx.prototype.clear = function (mask) {
			if (mask & this.COLOR_BUFFER_BIT && !this.getParameter(this.FRAMEBUFFER_BINDING)) {
				probe.frames++;
				mark('firstFrame');
				probe.frameLog?.push([performance.now(), probe.draws]);
			}
			return clear.call(this, mask);
		};
		for (const name of ['drawElements', 'drawArrays']) {
			const draw = Ctx.prototype[name];
			Ctx.prototype[name] = function (...args) {
				probe.draws++;
				return draw.apply(this, args);
			};
		}
		for (const name of ['bufferData', 'bufferSubData', 'texImage2D', 'texSubImage2D']) {
			const upload = Ctx.prototype[name];
			Ctx.prototype[name] = function (...args) {
				const data = args.find((a) => a && typeof a === 'object' && 'byteLength' in a);
				const image = args.find((a) => a && typeof a === 'object' && 'width' in a);
				const bytes = data ? data.byteLength : image ? image.width * image.height * 4 : 0;
				probe.uploadMB += bytes / 1048576;
				return upload.apply(this, args);
			};
		}
		const compile = Ctx.prototype.compileShader;
		Ctx.prototype.compileShader = function (s) {
			probe.shaders++;
			return compile.call(this, s);
		};
	}
	const post = Worker.prototype.postMessage;
	Worker.prototype.postMessage = function (msg, ...rest) {
		const type = msg && msg.type;
		if (type === 'LT') mark('firstTileAsked');
		if (type === 'LT' || type === 'RT') {
			const source = msg.data?.source ?? '?';
			const into = type === 'LT' ? probe.layouts : probe.reloads;
			into[source] = (into[source] ?? 0) + 1;
			probe.frameLog?.push([performance.now(), type, source]);
		} else if (type === 'LD') probe.setData++;
		return post.call(this, msg, ...rest);
	};
}

/**
 * Installs the probe in a page (before navigation) and returns `read()`, a snapshot of every
 * cost so far; `diff(a, b)` gives the costs of the span between two snapshots.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} browserCdp from `browser.newBrowserCDPSession()`
 */
export async function probe(page, browserCdp) {
	await page.addInitScript(pageProbe);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	// Every response, the worker's (basemap files) included, headers and body as sent.
	let bytes = 0;
	/** @type {Promise<void>[]} */
	const pending = [];
	page.on('requestfinished', (request) => {
		if (request.url().startsWith('data:')) return;
		pending.push(
			request.sizes().then(
				(s) => void (bytes += s.responseHeadersSize + s.responseBodySize),
				() => {}
			)
		);
	});
	return {
		cdp,
		async read() {
			await Promise.all(pending.splice(0));
			const { metrics } = await cdp.send('Performance.getMetrics');
			const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
			const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
			const cpu = (/** @type {string} */ type) =>
				processInfo.filter((p) => p.type.toLowerCase() === type).reduce((s, p) => s + p.cpuTime, 0);
			const inPage = await pageState();
			return {
				taskMs: m.TaskDuration * 1000,
				scriptMs: m.ScriptDuration * 1000,
				layoutMs: m.LayoutDuration * 1000,
				styleMs: m.RecalcStyleDuration * 1000,
				gpuCpuMs: cpu('gpu') * 1000,
				rendererCpuMs: cpu('renderer') * 1000,
				bytes,
				...inPage
			};
		}
	};
	async function pageState() {
		const p = await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			return w.__benchProbe ? JSON.parse(JSON.stringify(w.__benchProbe)) : null;
		});
		const sum = (/** @type {Record<string, number>} */ o) =>
			Object.values(o ?? {}).reduce((s, v) => s + v, 0);
		return {
			programs: p?.programs ?? 0,
			shaders: p?.shaders ?? 0,
			frames: p?.frames ?? 0,
			draws: p?.draws ?? 0,
			uploadMB: p?.uploadMB ?? 0,
			tileLayouts: sum(p?.layouts),
			tileReloads: sum(p?.reloads),
			setData: p?.setData ?? 0,
			marks: { ...(p?.marks ?? {}) },
			layoutsBySource: { ...(p?.layouts ?? {}) },
			reloadsBySource: { ...(p?.reloads ?? {}) }
		};
	}
}

/**
 * The costs of the span between two snapshots from `probe().read()`.
 * @param {Record<string, any>} a
 * @param {Record<string, any>} b
 */
export function diff(a, b) {
	/** @type {Record<string, any>} */
	const out = {};
	for (const [k, v] of Object.entries(b)) {
		if (typeof v === 'number') out[k] = v - (a[k] ?? 0);
		else if (v && typeof v === 'object') {
			out[k] = Object.fromEntries(
				Object.entries(v).map(([s, n]) => [s, /** @type {number} */ (n) - (a[k]?.[s] ?? 0)])
			);
		}
	}
	return out;
}

/** Column names and units of a cost breakdown, in print order. */
export const COSTS = [
	['taskMs', 'task ms'],
	['scriptMs', 'script ms'],
	['layoutMs', 'layout ms'],
	['styleMs', 'style ms'],
	['gpuCpuMs', 'GPU CPU ms'],
	['rendererCpuMs', 'renderer CPU ms'],
	['programs', 'programs'],
	['frames', 'frames drawn'],
	['draws', 'draw calls'],
	['uploadMB', 'MB to GPU'],
	['bytes', 'KB fetched'],
	['tileLayouts', 'tile layouts'],
	['tileReloads', 'tile reloads']
];
