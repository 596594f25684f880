/**
 * The map's colours: a calm, low-chroma base so that zones, lanes and events stay readable on top.
 * Category and exercise colours are checked for contrast against sea and land in the legend tests.
 */
export const PALETTE = {
	sea: '#dbe6ee',
	land: '#f3f0e9',
	landTaiwan: '#efe9dc',
	coastline: '#8c9aa5',
	border: '#a89b8f',
	text: '#1f2933',
	textHalo: '#ffffff',
	exercise: {
		jm2025: '#c62f3a',
		aug2022: '#6d4fa3'
	},
	lane: '#1f7a99',
	reference: '#3d4650',
	referenceSecondary: '#6b7480',
	/** Taiwan's territorial-sea baselines and the 12-nm and 24-nm lines. */
	maritime: '#2f7d4f',
	place: {
		capital: '#1f2933',
		port: '#1f7a99',
		island: '#5c6b73'
	},
	category: {
		military: '#c62f3a',
		diplomatic: '#2b63b5',
		economic: '#b87400'
	},
	highlight: '#111111'
} as const;
