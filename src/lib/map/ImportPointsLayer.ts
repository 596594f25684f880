import { MercatorCoordinate } from 'maplibre-gl';
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MlMap } from 'maplibre-gl';
import { IMPORT_COLOURS } from '../core/import/importColours';
import { nearestShownPoint } from '../core/import/nearestShownPoint';
import {
	importPointRadius,
	POINT_STRIDE,
	UPLOAD_SLICE_POINTS,
	splitTime,
	startedCount,
	type PointBuffers
} from '../core/import/pointBuffers';
import type { ColumnarPoints } from '../core/import/types';
import { EVENT_FADE_MS, STATE } from '../core/style/timeExpressions';

/** What the layer draws: the dataset's points, their GPU buffers and their look. */
export interface ImportPointsLook {
	points: Pick<ColumnarPoints, 'start' | 'end'>;
	buffers: PointBuffers;
	colour: string;
	colourByCategory: boolean;
	visible: boolean;
}

const FULL = 0.85;
const FADED = 0.35;
const STROKE_PX = 0.5;
/** A few pixels of slack so a small point can be hit by a finger or pointer (as pointer.ts). */
const SLACK_PX = 4;

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_window;
uniform bool u_use_window;
uniform vec2 u_fade;
uniform float u_size;
uniform float u_hover;
uniform vec3 u_colour;
uniform vec3 u_palette[6];
uniform bool u_by_category;
in vec2 a_pos;
in vec2 a_last;
in float a_category;
out vec4 v_colour;
out float v_size;
void main() {
	// Split times: (high difference) + (low difference), exact in float32 (core/import/pointBuffers).
	if (u_use_window && !((a_last.x - u_window.x) + (a_last.y - u_window.y) > 0.0)) {
		gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
		gl_PointSize = 0.0;
		return;
	}
	bool faded = (u_fade.x - a_last.x) + (u_fade.y - a_last.y) > 0.0;
	vec3 c = u_colour;
	if (u_by_category && a_category >= 0.0) c = u_palette[int(mod(a_category, 6.0))];
	v_colour = vec4(c, faded ? ${FADED} : ${FULL});
	gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
	gl_PointSize = float(gl_VertexID) == u_hover ? u_size * 1.6 : u_size;
	v_size = gl_PointSize;
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform float u_stroke;
in vec4 v_colour;
in float v_size;
out vec4 fragColor;
void main() {
	float radius = v_size * 0.5;
	float r = length(gl_PointCoord * 2.0 - 1.0) * radius;
	float edge = clamp(radius - r + 0.5, 0.0, 1.0);
	if (edge <= 0.0) discard;
	float fill = clamp(radius - u_stroke - r + 0.5, 0.0, 1.0);
	vec3 c = mix(vec3(1.0), v_colour.rgb, fill);
	float a = v_colour.a * edge;
	fragColor = vec4(c * a, a);
}`;

function rgb(hex: string): [number, number, number] {
	const n = Number.parseInt(hex.replace('#', '').slice(0, 6), 16);
	return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** The time and moving window the map's global state holds, or null before a time is set. */
function timeOf(map: MlMap): { t: number; windowMs: number } | null {
	const state = map.getGlobalState();
	const t = Number(state[STATE.t]);
	return Number.isFinite(t) ? { t, windowMs: Number(state[STATE.windowMs] ?? 0) } : null;
}

function shader(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
	const made = gl.createShader(type)!;
	gl.shaderSource(made, source);
	gl.compileShader(made);
	return made;
}

const UNIFORMS = [
	'u_matrix',
	'u_window',
	'u_use_window',
	'u_fade',
	'u_size',
	'u_hover',
	'u_colour',
	'u_palette',
	'u_by_category',
	'u_stroke'
] as const;
const ATTRIBUTES = ['a_pos', 'a_last', 'a_category'] as const;

/** What drawing needs of a linked program: where its uniforms and attributes are. */
interface Linked {
	program: WebGLProgram;
	uniforms: Record<(typeof UNIFORMS)[number], WebGLUniformLocation | null>;
	attributes: Record<(typeof ATTRIBUTES)[number], number>;
}

/**
 * A context's points program: the fence that signals once the GPU process has compiled it, and,
 * once asked, what drawing needs of it.
 */
interface Compiled {
	program: WebGLProgram;
	fence: WebGLSync | null;
	linked: Linked | null;
	/** Why it did not link: kept, so every later ask fails the same way instead of waiting. */
	failed: Error | null;
}

/** The points' GPU program of each WebGL context, compiled once and shared by its layers. */
const programs = new WeakMap<WebGL2RenderingContext, Compiled>();

/** How often a prepared program's fence is looked at. */
const POLL_MS = 50;

/**
 * Starts compiling the imported points' GPU program for a map's WebGL context, and reads its
 * uniforms and attributes once the GPU process has compiled it (a fence marks when), in a task
 * of its own. Any question about a program waits for everything the GPU process has queued: up
 * to ~260 ms under software WebGL when asked in the task that adds a dataset's layer (its
 * upload and the map's frames queued). The map controller calls this once the map has drawn, so
 * a dataset's layer asks nothing; `quiet` says when asking will not wait on a busy GPU process.
 * Later calls, and layers, reuse the program.
 */
export function prepareImportPoints(
	gl: WebGL2RenderingContext,
	quiet: () => boolean = () => true
): WebGLProgram {
	const had = programs.get(gl);
	if (had) return had.program;
	const program = gl.createProgram()!;
	gl.attachShader(program, shader(gl, gl.VERTEX_SHADER, VERTEX));
	gl.attachShader(program, shader(gl, gl.FRAGMENT_SHADER, FRAGMENT));
	gl.linkProgram(program);
	const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
	gl.flush();
	programs.set(gl, { program, fence, linked: null, failed: null });
	const poll = () => {
		if (!gl.isContextLost() && !(quiet() && compiled(gl))) setTimeout(poll, POLL_MS);
	};
	setTimeout(poll, POLL_MS);
	return program;
}

/**
 * Whether the context's program is compiled and its locations read, so drawing asks nothing. A
 * sync's status is read without waiting (it changes between tasks); once signalled, the
 * locations are read at once, before anything else is queued.
 */
function compiled(gl: WebGL2RenderingContext): boolean {
	const c = programs.get(gl);
	if (!c) return false;
	if (c.linked) return true;
	if (c.fence) {
		if (gl.getSyncParameter(c.fence, gl.SYNC_STATUS) !== gl.SIGNALED) return false;
		gl.deleteSync(c.fence);
		c.fence = null;
	}
	linkedProgram(gl);
	return true;
}

/**
 * What drawing needs of the context's program, read now if not yet (waiting for the GPU
 * process), or an error naming what failed to compile or link.
 */
function linkedProgram(gl: WebGL2RenderingContext): Linked {
	prepareImportPoints(gl);
	const c = programs.get(gl)!;
	if (c.linked) return c.linked;
	if (c.failed) throw c.failed;
	const { program } = c;
	if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
		const logs = (gl.getAttachedShaders(program) ?? [])
			.map((s) => gl.getShaderInfoLog(s))
			.filter(Boolean);
		c.failed = new Error(
			`imported points: program did not link: ${gl.getProgramInfoLog(program)} ${logs.join(' ')}`
		);
		throw c.failed;
	}
	c.linked = {
		program,
		uniforms: Object.fromEntries(
			UNIFORMS.map((name) => [name, gl.getUniformLocation(program, name)])
		) as Linked['uniforms'],
		attributes: Object.fromEntries(
			ATTRIBUTES.map((name) => [name, gl.getAttribLocation(program, name)])
		) as Linked['attributes']
	};
	return c.linked;
}

/**
 * One imported dataset's points drawn by the GPU as a MapLibre custom layer: one vertex buffer
 * uploaded once (a slice a task, drawn once all are in), the time filter in the vertex shader
 * (the started points are a prefix of the time-sorted buffer, found by binary search; the moving window and the fade are tested per point
 * against the map's global state `t` and `windowMs`). A slider tick costs a repaint, nothing is
 * laid out again, whatever the number of points (kepler.gl filters on the GPU the same way).
 * https://maplibre.org/maplibre-gl-js/docs/API/interfaces/CustomLayerInterface/
 */
export class ImportPointsLayer implements CustomLayerInterface {
	readonly id: string;
	readonly type = 'custom' as const;
	readonly renderingMode = '2d' as const;
	#look: ImportPointsLook;
	#map: MlMap | null = null;
	#program: WebGLProgram | null = null;
	#vao: WebGLVertexArrayObject | null = null;
	#buffer: WebGLBuffer | null = null;
	#uniforms: Record<string, WebGLUniformLocation | null> = {};
	#hover = -1;
	#slice: number;
	#gl: WebGL2RenderingContext | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** How many points the GPU buffer holds so far (the first ones of the buffers). */
	#uploaded = 0;

	/**
	 * A layer `id` drawing `look`, uploading `slice` points a task (an export's hidden map passes
	 * Infinity: it draws one frame, with every point, at once).
	 */
	constructor(id: string, look: ImportPointsLook, slice = UPLOAD_SLICE_POINTS) {
		this.id = id;
		this.#look = look;
		this.#slice = Math.max(1, slice);
	}

	/** Whether every point is on the GPU and the program is ready, so a frame draws them all. */
	get complete(): boolean {
		return this.#uploaded >= this.#look.buffers.count && this.#program !== null;
	}

	/** Changes colour or visibility (the buffers stay) and redraws. */
	setLook(look: ImportPointsLook): void {
		this.#look = look;
		this.#map?.triggerRepaint();
	}

	/** Draws point `index` larger (hover feedback), or none with -1. */
	setHover(index: number): void {
		if (index === this.#hover) return;
		this.#hover = index;
		this.#map?.triggerRepaint();
	}

	/** The index of the point drawn under a screen point (CSS px), or null. */
	pick(map: MlMap, point: { x: number; y: number }): number | null {
		if (!this.#look.visible || !this.complete) return null;
		const time = timeOf(map);
		if (!time) return null;
		const at = MercatorCoordinate.fromLngLat(map.unproject([point.x, point.y]));
		const worldPx = 512 * 2 ** map.getZoom();
		const radius = (importPointRadius(map.getZoom()) + STROKE_PX + SLACK_PX) / worldPx;
		const { points, buffers } = this.#look;
		return nearestShownPoint(buffers, points, [at.x, at.y], radius, time.t, time.windowMs);
	}

	/**
	 * Uploads the points (the first slice now, the rest a task each) and sets up the drawing once
	 * the context's program is compiled, now if it is (MapLibre calls it on addLayer). A layer
	 * uploading everything at once (an export's) waits for the program here.
	 */
	onAdd(map: MlMap, gl: WebGL2RenderingContext): void {
		this.#map = map;
		this.#gl = gl;
		prepareImportPoints(gl);
		this.#buffer = gl.createBuffer();
		gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffer);
		const { vertices, count } = this.#look.buffers;
		if (this.#slice >= count) {
			gl.bufferData(gl.ARRAY_BUFFER, vertices, gl.STATIC_DRAW);
			this.#uploaded = count;
		} else {
			gl.bufferData(gl.ARRAY_BUFFER, vertices.byteLength, gl.STATIC_DRAW);
			this.#uploadSlice(gl);
		}
		// Set up now if the program's locations are known (asking for them here would wait for
		// the upload just queued); an export's layer, uploading at once, waits for them here.
		if (this.#slice === Infinity || programs.get(gl)?.linked) this.#setUp(gl);
		if (!this.complete) this.#timer = setTimeout(this.#step, 0);
	}

	/** The program's uniforms and the vertex array reading the buffer (binds both). */
	#setUp(gl: WebGL2RenderingContext): void {
		const { program, uniforms, attributes } = linkedProgram(gl);
		this.#uniforms = uniforms;
		this.#vao = gl.createVertexArray();
		gl.bindVertexArray(this.#vao);
		gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffer);
		const bytes = POINT_STRIDE * 4;
		const attribute = (name: (typeof ATTRIBUTES)[number], size: number, offset: number) => {
			const loc = attributes[name];
			gl.enableVertexAttribArray(loc);
			gl.vertexAttribPointer(loc, size, gl.FLOAT, false, bytes, offset * 4);
		};
		attribute('a_pos', 2, 0);
		attribute('a_last', 2, 2);
		attribute('a_category', 1, 4);
		gl.bindVertexArray(null);
		this.#program = program;
	}

	/** Copies the next slice of points into the GPU buffer (bound to ARRAY_BUFFER by the caller). */
	#uploadSlice(gl: WebGL2RenderingContext): void {
		const { vertices, count } = this.#look.buffers;
		const n = Math.min(this.#slice, count - this.#uploaded);
		if (n <= 0) return;
		const first = this.#uploaded * POINT_STRIDE;
		gl.bufferSubData(gl.ARRAY_BUFFER, first * 4, vertices, first, n * POINT_STRIDE);
		this.#uploaded += n;
	}

	/**
	 * A task between frames: uploads the next slice, sets up the drawing once the program is
	 * compiled, and leaves the vertex array and ARRAY_BUFFER bindings as MapLibre left them. Once
	 * every point is in and the program ready, asks for the frame that draws them; until then
	 * the next task follows (at once while uploading, a frame's time later while compiling).
	 */
	#step = () => {
		this.#timer = null;
		const gl = this.#gl;
		if (!gl || !this.#buffer) return;
		const vao = gl.getParameter(gl.VERTEX_ARRAY_BINDING) as WebGLVertexArrayObject | null;
		const bound = gl.getParameter(gl.ARRAY_BUFFER_BINDING) as WebGLBuffer | null;
		// The program first: a question about it waits for whatever is queued before it.
		if (!this.#program && compiled(gl)) this.#setUp(gl);
		const uploading = this.#uploaded < this.#look.buffers.count;
		if (uploading) {
			gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffer);
			this.#uploadSlice(gl);
		}
		gl.bindVertexArray(vao);
		gl.bindBuffer(gl.ARRAY_BUFFER, bound);
		if (this.complete) this.#map?.triggerRepaint();
		else this.#timer = setTimeout(this.#step, uploading ? 0 : 16);
	};

	/**
	 * Frees the points' buffer (MapLibre calls it on removeLayer and map.remove); the program
	 * stays with its context for the next dataset.
	 */
	onRemove(_map: MlMap, gl: WebGL2RenderingContext): void {
		gl.deleteBuffer(this.#buffer);
		gl.deleteVertexArray(this.#vao);
		this.#buffer = this.#vao = this.#program = null;
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		this.#gl = null;
		this.#uploaded = 0;
		this.#map = null;
	}

	/** Draws the points shown at the map's current time. */
	render(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
		const map = this.#map;
		const { points, buffers, colour, colourByCategory, visible } = this.#look;
		// Nothing until every point is in: under software WebGL a frame of partial points costs
		// as much as the whole one.
		if (!map || !this.#program || !visible || buffers.count === 0 || !this.complete) return;
		const time = timeOf(map);
		if (!time) return;
		const { t, windowMs } = time;
		const started = startedCount(points.start, buffers.timed, t);
		const u = this.#uniforms;
		gl.useProgram(this.#program);
		gl.uniformMatrix4fv(
			u.u_matrix!,
			false,
			new Float32Array(args.defaultProjectionData.mainMatrix)
		);
		gl.uniform2fv(u.u_window!, splitTime(t - windowMs, buffers.base));
		gl.uniform1i(u.u_use_window!, windowMs > 0 ? 1 : 0);
		gl.uniform2fv(u.u_fade!, splitTime(t - EVENT_FADE_MS, buffers.base));
		const ratio = map.getPixelRatio();
		gl.uniform1f(u.u_size!, 2 * (importPointRadius(map.getZoom()) + STROKE_PX) * ratio);
		gl.uniform1f(u.u_stroke!, STROKE_PX * ratio);
		gl.uniform1f(u.u_hover!, this.#hover);
		gl.uniform3fv(u.u_colour!, rgb(colour));
		gl.uniform3fv(u.u_palette!, IMPORT_COLOURS.flatMap(rgb));
		gl.uniform1i(u.u_by_category!, colourByCategory ? 1 : 0);
		gl.disable(gl.DEPTH_TEST);
		gl.enable(gl.BLEND);
		gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
		gl.bindVertexArray(this.#vao);
		if (started > 0) gl.drawArrays(gl.POINTS, 0, started);
		if (buffers.count > buffers.timed) {
			gl.drawArrays(gl.POINTS, buffers.timed, buffers.count - buffers.timed);
		}
		gl.bindVertexArray(null);
	}
}
