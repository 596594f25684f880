import type { Messages } from './en';

/** 日本語のインターフェース文字列。 */
export const messages: Messages = {
	appTitle: 'Strait Atlas',
	tagline: '台湾海峡、2025年11月〜2026年1月',
	mapRegion: '台湾海峡の地図',
	loadingMap: '地図を読み込んでいます…',
	mapStartFailed:
		'地図を起動できませんでした。地図には WebGL が必要ですが、このブラウザでは使えませんでした。',
	mapDrawFailed: '地図にデータを描画できませんでした。',
	mapFailed: '地図の描画中にエラーが発生しました。',
	panelLabel: 'Strait Atlas パネル',
	hidePanel: 'パネルを隠す',
	showPanel: 'パネルを表示',
	storyOpen: 'ストーリー',

	languageLabel: '言語',

	timeline: 'タイムライン',
	zoneSwitch: 'タイムゾーン：{zone}。{other}に切り替え',
	zoneTaipeiShort: '台北時間',
	zoneUtcShort: 'UTC',
	previousEvent: '前の出来事',
	nextEvent: '次の出来事',
	play: '再生',
	pause: '一時停止',
	playbackSpeed: '再生のペース',
	paceSlow: 'ゆっくり',
	paceNormal: '標準',
	paceFast: '速く',
	eventsShownLabel: '表示する出来事',
	everythingUpToNow: '現在までのすべて',
	last24h: '直近 24 時間',
	last7d: '直近 7 日間',
	copyLink: 'リンクをコピー',
	linkCopied: 'コピーしました',
	copyFailed: 'コピーできませんでした',
	export: '書き出し',

	time: '時刻',
	sliderValue: '{time} {zone}、{count} 件の出来事を表示',
	sliderGroupOne: '{count} 件の出来事',
	sliderGroupOther: '{count} 件の出来事',

	events: '出来事',
	background: '背景',
	ahead: '予定',
	planned: '予定',

	layers: 'レイヤー',
	layerDrillZones: '演習区域',
	layerShippingLanes: '航路',
	layerReference: '中間線と防空識別圏',
	layerPlaces: '首都・港・島',
	layerEvents: '出来事',

	linkCopiedAnnouncement: 'この表示へのリンクをコピーしました。',
	linkCopyFailedAnnouncement: 'リンクをコピーできませんでした。',
	storyFailed: 'ストーリーを開けませんでした：{error}',

	skipLinks: 'スキップリンク',
	skipToMap: '地図へ移動',
	skipToTimeline: 'タイムラインへ移動',

	eventsAround: '現在時刻の前後 {shown} 件を表示（全 {total} 件）',

	featureListTitle: '地図上の地物',
	featureListHint: '地図上のすべての区域・地点・出来事（キーボード操作用）。Enter で選択します。',
	featureGroupZones: '演習区域',
	featureGroupPlaces: '地点',
	featureGroupEvents: '出来事',
	featureGroupLines: '線',

	activityTitle: '台湾周辺の人民解放軍の活動（国防部の日次発表）',
	activityKeyAircraft: '軍用機',
	activityKeyCross: '中間線越え',
	activityKeyNavy: '艦艇',
	activityKeyOfficial: '公船',
	activityKeyBalloons: '気球',
	activityKeyGap: '発表なし',
	activityLoadFailed: '国防部の日次の数値を読み込めませんでした：{error}',
	activityLoading: '国防部の日次の数値を読み込んでいます…'
};
