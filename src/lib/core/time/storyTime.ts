/** The moment the app opens on: the start of the Justice Mission 2025 live fire (ETC notice). */
export const DEFAULT_TIME = Date.parse('2025-12-30T08:00:00+08:00');
