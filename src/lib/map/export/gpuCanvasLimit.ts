let cached: number | null = null;

/**
 * The largest canvas side this browser's WebGL can draw: the smallest of MAX_TEXTURE_SIZE,
 * MAX_RENDERBUFFER_SIZE and MAX_VIEWPORT_DIMS, read once from a throwaway WebGL2 context (which
 * is released at once). MapLibre's maxCanvasSize defaults to 4096; exports raise it to this.
 */
export function gpuCanvasLimit(): number {
	if (cached !== null) return cached;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = 1;
	const gl = canvas.getContext('webgl2');
	if (!gl) return 4096;
	const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
	cached = Math.min(
		gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
		gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
		viewport[0] ?? 4096,
		viewport[1] ?? 4096
	);
	gl.getExtension('WEBGL_lose_context')?.loseContext();
	return cached;
}
