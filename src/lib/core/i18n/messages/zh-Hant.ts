import type { Messages } from './en';

/** 繁體中文（台灣用語）的介面字串。 */
export const messages: Messages = {
	appTitle: 'Strait Atlas',
	tagline: '台灣海峽，2025 年 11 月至 2026 年 1 月',
	mapRegion: '台灣海峽地圖',
	loadingMap: '正在載入地圖…',
	mapStartFailed: '地圖無法啟動：地圖需要 WebGL，而此瀏覽器未提供。',
	mapDrawFailed: '地圖無法繪製資料。',
	mapFailed: '地圖繪製時發生錯誤。',
	panelLabel: 'Strait Atlas 面板',
	hidePanel: '隱藏面板',
	showPanel: '顯示面板',
	storyOpen: '故事導覽',

	languageLabel: '語言',

	timeline: '時間軸',
	zoneSwitch: '時區：{zone}。切換為{other}',
	zoneTaipeiShort: '台北時間',
	zoneUtcShort: 'UTC',
	previousEvent: '上一個事件',
	nextEvent: '下一個事件',
	play: '播放',
	pause: '暫停',
	playbackSpeed: '播放節奏',
	paceSlow: '慢',
	paceNormal: '正常',
	paceFast: '快',
	eventsShownLabel: '顯示的事件',
	everythingUpToNow: '至今所有事件',
	last24h: '過去 24 小時',
	last7d: '過去 7 天',
	copyLink: '複製連結',
	linkCopied: '已複製連結',
	copyFailed: '複製失敗',
	export: '匯出',

	time: '時間',
	sliderValue: '{time} {zone}，顯示 {count} 個事件',
	sliderGroupOne: '{count} 個事件',
	sliderGroupOther: '{count} 個事件',

	events: '事件',
	background: '背景',
	ahead: '預定',
	planned: '預定',

	layers: '圖層',
	layerDrillZones: '演習區',
	layerShippingLanes: '航道',
	layerReference: '海峽中線與防空識別區',
	layerPlaces: '首都、港口、島嶼',
	layerEvents: '事件',

	linkCopiedAnnouncement: '已複製此檢視的連結。',
	linkCopyFailedAnnouncement: '無法複製連結。',
	storyFailed: '無法開啟故事導覽：{error}',

	skipLinks: '跳至區塊',
	skipToMap: '跳至地圖',
	skipToTimeline: '跳至時間軸',

	eventsAround: '顯示目前時間前後 {shown} 個事件（共 {total} 個）',

	featureListTitle: '地圖圖徵',
	featureListHint: '地圖上所有的演習區、地點與事件，供鍵盤操作：按 Enter 選取。',
	featureGroupZones: '演習區',
	featureGroupPlaces: '地點',
	featureGroupEvents: '事件',
	featureGroupLines: '線',

	activityTitle: '台灣周邊解放軍動態（國防部每日報告）',
	activityKeyAircraft: '共機',
	activityKeyCross: '逾越海峽中線',
	activityKeyNavy: '共艦',
	activityKeyOfficial: '公務船',
	activityKeyBalloons: '空飄氣球',
	activityKeyGap: '無報告',
	activityLoadFailed: '無法載入國防部每日數據：{error}',
	activityLoading: '正在載入國防部每日數據…'
};
