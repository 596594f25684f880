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

/** Even sides: VP8 and VP9 encode 4:2:0 frames. */
export function evenSize(size: Size): Size {
	return {
		width: Math.max(2, size.width - (size.width % 2)),
		height: Math.max(2, size.height - (size.height % 2))
	};
}

/**
 * Starts a WebM encoding (VP9, else VP8) with mediabunny over WebCodecs, frame by frame at exact
 * times. Throws, saying why, when the browser cannot encode video.
 */
export async function encodeVideo(size: Size, fps: number): Promise<VideoEncoding> {
	if (typeof VideoEncoder === 'undefined') {
		throw new Error('This browser cannot encode video (no WebCodecs VideoEncoder).');
	}
	const mb = await import('mediabunny');
	const codec = (await mb.canEncodeVideo('vp9', { ...size, frameRate: fps }))
		? 'vp9'
		: (await mb.canEncodeVideo('vp8', { ...size, frameRate: fps }))
			? 'vp8'
			: null;
	if (!codec) throw new Error('This browser cannot encode WebM video (VP8 or VP9).');
	const target = new mb.BufferTarget();
	const output = new mb.Output({ format: new mb.WebMOutputFormat(), target });
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
			return new Blob([target.buffer], { type: 'video/webm' });
		},
		async cancel() {
			if (output.state === 'started' || output.state === 'pending') await output.cancel();
		}
	};
}
