/** What an export job is doing: a PNG, a copied image or a video. */
export type ExportKind = 'png' | 'copy' | 'video';

/** The words a job shows, in the dialog's language. */
export interface JobWords {
	starting: string;
	cancelled: string;
	failed: (error: string) => string;
}

/** Timers, injectable so tests can run a job by hand. */
export interface JobTimers {
	setTimeout: (fn: () => void, ms: number) => unknown;
	clearTimeout: (id: unknown) => void;
}

/** How long a job runs before its progress bar shows (short jobs never flash one). */
export const PROGRESS_DELAY_MS = 500;

/**
 * The Export dialog's job logic: one export at a time, cancellable (Escape or Cancel), with its
 * progress (a bar after PROGRESS_DELAY_MS) and the message it ends with: the file saved, the
 * reason it failed, or that it was cancelled. The forms start jobs; the dialog shows the state.
 */
export class ExportJob {
	busy = $state<ExportKind | null>(null);
	showProgress = $state(false);
	/** 0 to 1, or null while the amount of work is unknown. */
	progress = $state<number | null>(null);
	progressLabel = $state('');
	message = $state('');
	failed = $state(false);
	#controller: AbortController | null = null;
	#timers: JobTimers;

	constructor(
		timers: JobTimers = {
			setTimeout: (fn, ms) => setTimeout(fn, ms),
			clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>)
		}
	) {
		this.#timers = timers;
	}

	/** Reports progress: a fraction from 0 to 1 (null when unknown) and what is being done. */
	onprogress = (fraction: number | null, label: string): void => {
		this.progress = fraction;
		this.progressLabel = label;
	};

	/**
	 * Runs a job unless one is running: `work` gets an abort signal and resolves to the message
	 * to show. A failure shows its reason; a cancel says so and is not a failure.
	 */
	async run(
		kind: ExportKind,
		work: (signal: AbortSignal) => Promise<string>,
		words: JobWords
	): Promise<void> {
		if (this.busy) return;
		const controller = (this.#controller = new AbortController());
		this.busy = kind;
		this.progress = null;
		this.progressLabel = words.starting;
		this.message = '';
		this.failed = false;
		const timer = this.#timers.setTimeout(() => (this.showProgress = true), PROGRESS_DELAY_MS);
		try {
			this.message = await work(controller.signal);
		} catch (e) {
			const aborted = controller.signal.aborted;
			this.failed = !aborted;
			this.message = aborted
				? words.cancelled
				: words.failed(e instanceof Error ? e.message : String(e));
		} finally {
			this.#timers.clearTimeout(timer);
			this.busy = null;
			this.showProgress = false;
			this.#controller = null;
		}
	}

	/** Shows a message outside a job (a GeoJSON saved, a form that cannot start). */
	report(message: string, failed = false): void {
		this.message = message;
		this.failed = failed;
	}

	/** Cancels the running job, if any. */
	cancel(): void {
		this.#controller?.abort();
	}
}
