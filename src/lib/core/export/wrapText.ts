import type { Measure } from './types';

function breakWord(word: string, fits: (s: string) => boolean): string[] {
	const parts: string[] = [];
	let part = '';
	for (const ch of word) {
		if (part && !fits(part + ch)) {
			parts.push(part);
			part = ch;
		} else part += ch;
	}
	if (part) parts.push(part);
	return parts;
}

/**
 * Wraps a text into lines no wider than `maxWidth`: greedily by words, and by characters for a
 * word (a URL, say) wider than a line on its own. Joining the lines with ' ' gives back the text
 * when it was wrapped only at spaces.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	measure: Measure,
	size: number,
	weight: 400 | 700 = 400
): string[] {
	const fits = (s: string) => measure(s, size, weight) <= maxWidth;
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		if (fits(word)) {
			line = word;
			continue;
		}
		const pieces = breakWord(word, fits);
		lines.push(...pieces.slice(0, -1));
		line = pieces.at(-1) ?? '';
	}
	if (line) lines.push(line);
	return lines;
}
