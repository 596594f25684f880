// Plain script (public/, not bundled): it must run on its own, before the app's modules arrive.
// The first use of Intl in a page loads the browser's ICU data: 60-200 ms of main thread under
// Chromium on a 2-core machine. index.html loads this tiny script on its own (async), so that
// happens while the app's scripts are still downloading, not in the middle of mounting the app.
// The app's own formats (numbers, dates in Taipei time, plurals) are then made in well under 1 ms.
(() => {
	const lang = navigator.language;
	new Intl.NumberFormat(lang).format(1234.5);
	new Intl.DateTimeFormat(lang, {
		timeZone: 'Asia/Taipei',
		dateStyle: 'long',
		timeStyle: 'short'
	}).format(0);
	new Intl.PluralRules(lang).select(1);
})();
