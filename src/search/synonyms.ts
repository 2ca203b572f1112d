/**
 * Words residents type for what the catalog names officially: a query containing a word on the left
 * is also searched with it replaced by each word on the right (scored a little lower). One way only,
 * so that 「転入」 still puts 転入届 first. Keys and words are written as residents type them; they are
 * normalised like everything else.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  住所変更: ['転入', '転居', '転出'],
  引越: ['引っ越'],
  引っ越し: ['転入', '転居', '転出'],
  国保: ['国民健康保険'],
  保険証: ['健康保険'],
  赤ちゃん: ['出生'],
  子供: ['子ども'],
  出産: ['出生'],
  はんこ: ['印鑑'],
}
