/** The part of the Prioritized Task Scheduling API used here (Chromium; absent elsewhere). */
interface Scheduler {
	postTask(fn: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/**
 * Runs `fn` in a later task of background priority where the browser has `scheduler.postTask`
 * (it then waits for frames and for normal tasks, such as the upload of a dataset's points
 * before they are drawn), else in a plain later task. For work nobody waits on: storing a
 * dataset, counting its points in the zones.
 * https://developer.mozilla.org/en-US/docs/Web/API/Scheduler/postTask
 */
export function inBackground(fn: () => void): void {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (typeof scheduler?.postTask === 'function') {
		void scheduler.postTask(fn, { priority: 'background' });
	} else setTimeout(fn, 0);
}
