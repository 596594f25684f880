import type { Size } from '../../core/export/types';

/** One video being encoded: add each frame's canvas in order, then finish or cancel. */
export interface VideoEncoding {
	/** Adds the canvas as frame `index` (started on the first call). */
	add(canvas: HTMLCanvasElement, index: number): Promise<void>;
	/** Finishes the file and resolves to it. */
	finish(): Promise<Blob>;
	/** Drops a started file (after an error or a cancel). */
	cancel(): Promise<void>;
}

/** Even sides: H.264, VP8 and VP9 encode 4:2:0 frames. */
export function evenSize(size: Size): Size {
	return {
		width: Math.max(2, size.width - (size.width % 2)),
		height: Math.max(2, size.height - (size.height % 2))
	};
}

/** The video containers an export can write. */
export type VideoFormat = 'mp4' | 'webm';

/** The codecs tried for each container, best first. */
const CODECS = { mp4: ['avc'], webm: ['vp9', 'vp8'] } as const;

/** The MIME type and file extension of each container. */
export const VIDEO_FILE = {
	mp4: { type: 'video/mp4', extension: 'mp4' },
	webm: { type: 'video/webm', extension: 'webm' }
} as const;

/**
 * The containers this browser can encode at a size and frame rate, MP4 (H.264) first: mediabunny
 * asks WebCodecs whether an encoder exists. Empty when the browser has no VideoEncoder.
 */
export async function videoFormats(size: Size, fps: number): Promise<VideoFormat[]> {
	if (typeof VideoEncoder === 'undefined') return [];
	const formats: VideoFormat[] = [];
	for (const format of ['mp4', 'webm'] as const) {
		if (await codecFor(format, evenSize(size), fps)) formats.push(format);
	}
	return formats;
}

/** The first codec of a container that WebCodecs can encode at a size and rate, or null. */
async function codecFor(
	format: VideoFormat,
	size: Size,
	fps: number
): Promise<(typeof CODECS)[VideoFormat][number] | null> {
	const mb = await import('mediabunny');
	for (const c of CODECS[format]) {
		if (await mb.canEncodeVideo(c, { ...size, frameRate: fps })) return c;
	}
	return null;
}

/**
 * Starts a video encoding with mediabunny over WebCodecs, frame by frame at exact times: MP4
 * with H.264 (what editors and social sites take everywhere) or WebM with VP9, else VP8. Throws,
 * saying why, when the browser cannot encode that format.
 */
export async function encodeVideo(
	size: Size,
	fps: number,
	format: VideoFormat = 'webm'
): Promise<VideoEncoding> {
	if (typeof VideoEncoder === 'undefined') {
		throw new Error('This browser cannot encode video (no WebCodecs VideoEncoder).');
	}
	const mb = await import('mediabunny');
	const codec = await codecFor(format, size, fps);
	if (!codec) {
		throw new Error(
			format === 'mp4'
				? 'This browser cannot encode MP4 video (H.264): choose WebM.'
				: 'This browser cannot encode WebM video (VP8 or VP9).'
		);
	}
	const target = new mb.BufferTarget();
	const output = new mb.Output({
		format:
			format === 'mp4'
				? new mb.Mp4OutputFormat({ fastStart: 'in-memory' })
				: new mb.WebMOutputFormat(),
		target
	});
	let source: InstanceType<typeof mb.CanvasSource> | null = null;
	return {
		async add(canvas, index) {
			if (!source) {
				source = new mb.CanvasSource(canvas, {
					codec,
					bitrate: mb.QUALITY_HIGH,
					keyFrameInterval: 2
				});
				output.addVideoTrack(source, { frameRate: fps });
				await output.start();
			}
			await source.add(index / fps, 1 / fps);
		},
		async finish() {
			await output.finalize();
			if (!target.buffer) throw new Error('The video encoder produced no data.');
			return new Blob([target.buffer], { type: VIDEO_FILE[format].type });
		},
		async cancel() {
			if (output.state === 'started' || output.state === 'pending') await output.cancel();
		}
	};
}
