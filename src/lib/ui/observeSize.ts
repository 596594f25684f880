/**
 * An attachment that calls `set` with an element's client width and height whenever its size
 * changes, read in a ResizeObserver callback (after layout, so the read is free). Unlike
 * `bind:clientWidth`, it never reads the size while the page mounts, which forces the browser
 * to lay out the half-built page (~0.1 s at startup on a 2-core machine with a software GPU).
 * @example <div {@attach observeSize((w) => (width = w))}>
 */
export function observeSize(set: (width: number, height: number) => void) {
	return (element: HTMLElement) => {
		const observer = new ResizeObserver(() => set(element.clientWidth, element.clientHeight));
		observer.observe(element);
		return () => observer.disconnect();
	};
}
