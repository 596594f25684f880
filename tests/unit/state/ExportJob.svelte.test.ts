import { describe, expect, it } from 'vitest';
import { ExportJob, type JobTimers } from '../../../src/lib/state/ExportJob.svelte';

const words = {
	starting: 'Starting…',
	cancelled: 'Cancelled.',
	failed: (error: string) => `Failed: ${error}`
};

/** Timers run by hand. */
function handTimers() {
	const pending: (() => void)[] = [];
	const timers: JobTimers = {
		setTimeout: (fn) => pending.push(fn),
		clearTimeout: () => pending.splice(0)
	};
	return { timers, fire: () => pending.splice(0).forEach((fn) => fn()) };
}

describe('ExportJob', () => {
	it('run() shows the message the job resolves to and is free again', async () => {
		const job = new ExportJob();
		await job.run('png', async () => 'Saved map.png', words);
		expect(job).toMatchObject({ busy: null, message: 'Saved map.png', failed: false });
	});

	it('run() shows the reason a job failed', async () => {
		const job = new ExportJob();
		await job.run('png', async () => Promise.reject(new Error('no WebGL')), words);
		expect(job).toMatchObject({ message: 'Failed: no WebGL', failed: true });
	});

	it('cancel() aborts the running job, which then says so without counting as a failure', async () => {
		const job = new ExportJob();
		const running = job.run(
			'video',
			(signal) =>
				new Promise<string>((_, reject) =>
					signal.addEventListener('abort', () => reject(new Error('aborted')))
				),
			words
		);
		expect(job.busy).toBe('video');
		job.cancel();
		await running;
		expect(job).toMatchObject({ busy: null, message: 'Cancelled.', failed: false });
	});

	it('run() starts nothing while a job is running', async () => {
		const job = new ExportJob();
		let release!: (m: string) => void;
		const first = job.run('png', () => new Promise<string>((r) => (release = r)), words);
		let second = false;
		await job.run('copy', async () => ((second = true), 'copied'), words);
		release('first');
		await first;
		expect(second).toBe(false);
		expect(job.message).toBe('first');
	});

	it('run() shows the progress bar only after the delay', async () => {
		const { timers, fire } = handTimers();
		const job = new ExportJob(timers);
		let release!: (m: string) => void;
		const running = job.run('png', () => new Promise<string>((r) => (release = r)), words);
		expect(job.showProgress).toBe(false);
		fire();
		expect(job.showProgress).toBe(true);
		job.onprogress(0.5, 'Frame 5 of 10');
		expect(job).toMatchObject({ progress: 0.5, progressLabel: 'Frame 5 of 10' });
		release('done');
		await running;
		expect(job.showProgress).toBe(false);
	});
});
