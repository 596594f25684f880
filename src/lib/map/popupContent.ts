import type { FeatureDescription } from '../core/describe/describeFeature';

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/**
 * Builds a popup's DOM from a feature description. Every piece of data goes in as text
 * (`textContent`), never as HTML; links open in a new tab with rel="noopener noreferrer".
 */
export function popupContent(d: FeatureDescription): HTMLElement {
	const root = el('div', 'popup');
	root.append(el('p', 'popup-kind', d.kind), el('h3', 'popup-title', d.title));
	if (d.rows.length) {
		const dl = el('dl', 'popup-rows');
		for (const row of d.rows)
			dl.append(el('dt', undefined, row.label), el('dd', undefined, row.value));
		root.append(dl);
	}
	const precision = el('p', `popup-precision precision-${d.precision}`);
	precision.textContent = `Precision: ${d.precision}${d.precisionNote ? `. ${d.precisionNote}` : ''}`;
	root.append(precision);
	if (d.correction) {
		const c = el('p', 'popup-correction');
		c.append(el('strong', undefined, 'Correction: '), document.createTextNode(d.correction.text));
		root.append(c);
	}
	if (d.sources.length) {
		const list = el('ul', 'popup-sources');
		for (const s of d.sources) {
			const a = el('a', undefined, s.publisher ? `${s.title} (${s.publisher})` : s.title);
			a.href = s.url;
			a.target = '_blank';
			a.rel = 'noopener noreferrer';
			const li = el('li');
			li.append(a);
			list.append(li);
		}
		root.append(el('p', 'popup-sources-label', 'Sources'), list);
	}
	return root;
}
