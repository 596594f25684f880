/**
 * Drag-and-drop handlers for a region (the map): while files are dragged over it `onActive(true)`
 * lets the page show a drop hint, and a drop hands the first file to `onFile`. Returns a function
 * that removes the handlers. Usage: `dropFiles(mapRegion, (f) => imports.open(f), (on) => …)`.
 */
export function dropFiles(
	target: HTMLElement,
	onFile: (file: File) => void,
	onActive: (active: boolean) => void = () => {}
): () => void {
	let depth = 0;
	const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
	const enter = (e: DragEvent) => {
		if (!hasFiles(e)) return;
		e.preventDefault();
		if (depth++ === 0) onActive(true);
	};
	const over = (e: DragEvent) => {
		if (!hasFiles(e)) return;
		e.preventDefault();
		if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
	};
	const leave = (e: DragEvent) => {
		if (!hasFiles(e)) return;
		if (--depth <= 0) {
			depth = 0;
			onActive(false);
		}
	};
	const drop = (e: DragEvent) => {
		if (!hasFiles(e)) return;
		e.preventDefault();
		depth = 0;
		onActive(false);
		const file = e.dataTransfer?.files[0];
		if (file) onFile(file);
	};
	target.addEventListener('dragenter', enter);
	target.addEventListener('dragover', over);
	target.addEventListener('dragleave', leave);
	target.addEventListener('drop', drop);
	return () => {
		target.removeEventListener('dragenter', enter);
		target.removeEventListener('dragover', over);
		target.removeEventListener('dragleave', leave);
		target.removeEventListener('drop', drop);
	};
}
