import type { ImportErrorMessages } from './en';

/** The import errors' words in 日本語. */
export const messages: ImportErrorMessages = {
	importStorageSaveFull:
		'保存されていません：このサイト用のブラウザの保存領域がいっぱいです。このページを閉じるか再読み込みするまで、地図上には表示されます。',
	importStorageSaveForbidden:
		'保存されていません：このウィンドウでは保存が許可されていません（プライベートウィンドウですか？）。このページを閉じるか再読み込みするまで、地図上には表示されます。',
	importStorageLoadFull:
		'読み込んだデータは保持されません：このサイト用のブラウザの保存領域がいっぱいです。このページを閉じるか再読み込みするまで、地図上には表示されます。',
	importStorageLoadForbidden:
		'読み込んだデータは保持されません：このウィンドウでは保存が許可されていません（プライベートウィンドウですか？）。このページを閉じるか再読み込みするまで、地図上には表示されます。',
	importErrorRow: '{n} 行目',
	importErrorLine: '{n} 行目',
	importErrorFeature: '{n} 番目の地物',
	importErrorPlacemark: '{n} 番目のプレースマーク',
	importErrorFile: 'ファイル',
	importErrorColumn: '列「{name}」',
	importErrorWithColumn: '{where}、{column}',
	importErrorAt: '{where}：{message}',
	importErrorLatitude: '緯度 {message}',
	importErrorLongitude: '経度 {message}',
	importErrorText: '{text}',
	importErrorEmpty: '空欄です',
	importErrorNotDecimalDegrees: '「{value}」は十進法の度数ではありません',
	importErrorNotBetween: '{value} は -{limit}〜{limit} の範囲外です',
	importErrorTimeTooLarge: '{value} は大きすぎて、エポック秒やエポックミリ秒の日時として扱えません',
	importErrorNotTime:
		'「{value}」を日時として読めません（2025-12-30T08:00+08:00 のような ISO 8601、2025-12-30 のような日付、またはエポック秒かエポックミリ秒で書いてください）',
	importErrorNotCalendarDate: '{value} は存在しない日付です',
	importErrorNotTimeOfDay: '{value} は正しい時刻ではありません',
	importErrorEndsBeforeStart: '終了が開始より前です',
	importErrorQuoteUnclosed: '引用符で囲んだフィールドが閉じられていません',
	importErrorQuoteMalformed: '引用符で囲んだフィールドの閉じ引用符が不正です',
	importErrorNoFeaturesArray: 'FeatureCollection に「features」配列がありません',
	importErrorNotGeoJson: 'GeoJSON オブジェクトではありません（「type」がありません）',
	importErrorNotFeature: 'Feature ではありません',
	importErrorNoGeometry: 'ジオメトリがありません',
	importErrorNoCoordinates: '座標がありません',
	importErrorLineTooShort: 'ここには 2 つ以上の位置が必要です',
	importErrorRingTooShort: 'ここには 4 つ以上の位置が必要です',
	importErrorRingNotClosed:
		'Polygon または MultiPolygon のリングは、最初と最後の位置が同じでなければなりません',
	importErrorPositionSize: '位置には 2 つか 3 つの要素が必要ですが、{count} 個あります',
	importErrorPositionNotNumber: '位置の要素はすべて数値でなければなりません',
	importErrorInvalidGeometry: 'ジオメトリが不正です：{detail}',
	importErrorJsonSyntax: 'JSON の構文エラー：{detail}（{column} 文字目）',
	importErrorJsonInvalid: '正しい JSON ではありません',
	importErrorJsonInvalidDetail: '正しい JSON ではありません：{detail}',
	importErrorXmlSyntax: 'XML の形式エラー：{detail}',
	importErrorXmlMalformed: 'XML の形式が正しくありません',
	importErrorWrongRoot: '{format} ファイルではありません（ルート要素が <{root}> です）',
	importErrorFileEmpty: 'ファイルが空です',
	importErrorNoRows: '見出し行の下にデータがありません',
	importErrorNoLatColumn: '緯度の列が見つかりません。下で選んでください',
	importErrorNoLonColumn: '経度の列が見つかりません。下で選んでください',
	importErrorNoLatLonColumns: '緯度または経度の列が見つかりません。下で選んでください',
	importErrorNoFeatures: 'ジオメトリのある地物がありません',
	importErrorChooseLatLon: '緯度と経度の列を選んでください',
	importErrorUnknownEncoding: '不明な文字コード「{encoding}」',
	importErrorNotUtf8:
		'ファイルが UTF-8 のテキストではありません（{line} 行目、{byte} バイト目）。UTF-8 で保存し直すか、文字コード（たとえば Big5）を選んでください',
	importErrorUnknownFormat:
		'Strait Atlas で読めないファイルです。CSV、TSV、GeoJSON、KML、GPX のいずれかを使ってください',
	importErrorNothingImported: '読み込めるデータがありませんでした',
	importErrorCsvWhere: '場所',
	importErrorCsvColumn: '列',
	importErrorCsvMessage: '内容',
	importErrorCsvMore: '（ほか {count} 件のエラーは一覧にありません）'
};
