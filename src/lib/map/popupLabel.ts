import type { FeatureDescription } from '../core/describe/describeFeature';

/**
 * The small popup that names a selected feature on the map (its kind and title) while the
 * panel shows its detail. Data goes in as text (`textContent`), never as HTML.
 */
export function popupLabel(d: FeatureDescription): HTMLElement {
	const root = document.createElement('div');
	root.className = 'popup';
	const kind = document.createElement('p');
	kind.className = 'popup-kind';
	kind.textContent = d.kind;
	const title = document.createElement('p');
	title.className = 'popup-title';
	title.textContent = d.title;
	root.append(kind, title);
	return root;
}
