import { DOMParser } from '@xmldom/xmldom';

/**
 * Parses XML text with @xmldom/xmldom (Web Workers have no DOMParser); throws xmldom's ParseError,
 * whose `locator.lineNumber` says where, on malformed XML.
 */
export function parseXml(text: string): Document {
	// onError replaces xmldom's console logging; a fatal error still throws.
	return new DOMParser({ onError: () => {} }).parseFromString(
		text,
		'text/xml'
	) as unknown as Document;
}
