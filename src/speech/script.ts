// What the read-aloud button says on a procedure's page, as plain data: no Vue, no speech engine.
import { parseFurigana } from '../i18n/furigana'

/** A text and the language it is in (BCP 47), as pickWithLang gives it. */
export interface Said {
  text: string
  lang: string
}

export interface ProcedureSpeech {
  title: Said
  summary: Said
  /** The due date ("1月4日(月)まで") or, without answers, each rule in words. */
  due: Said[]
  /** Each counter: office and counter name, with its floor. */
  where: Said[]
}

/** The screen's own words for the headings, in the screen's language. */
export interface SpeechLabels {
  lang: string
  due: string
  where: string
}

/**
 * Text as it is said: a reading given in furigana markup replaces its kanji, because the reading the
 * writer chose (区民事務所 → くみんじむしょ) is surer than a speech engine's guess.
 */
export function spokenText(source: string): string {
  return parseFurigana(source)
    .map((t) => t.ruby || t.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

const joiner = (lang: string) => (lang === 'ja' || lang.startsWith('zh') ? '、' : ', ')
const colon = (lang: string) => (lang === 'ja' || lang.startsWith('zh') ? '：' : ': ')

/** One heading and its texts: said as one sentence where all share the screen's language. */
function section(label: string, items: Said[], labels: SpeechLabels): Said[] {
  const said = items.map((s) => ({ text: spokenText(s.text), lang: s.lang })).filter((s) => s.text)
  if (!said.length) return []
  if (said.every((s) => s.lang === labels.lang)) {
    return [
      { text: `${label}${colon(labels.lang)}${said.map((s) => s.text).join(joiner(labels.lang))}`, lang: labels.lang },
    ]
  }
  // A text in a fallback language is said in its own voice, after the heading in the screen's.
  return [{ text: label, lang: labels.lang }, ...said]
}

/**
 * The utterances, in the page's order: the title, what it is, by when, where. Each carries its own
 * language, so a text not yet translated is read by a voice that can say it.
 */
export function procedureScript(p: ProcedureSpeech, labels: SpeechLabels): Said[] {
  const own = [p.title, p.summary].map((s) => ({ text: spokenText(s.text), lang: s.lang })).filter((s) => s.text)
  return [...own, ...section(labels.due, p.due, labels), ...section(labels.where, p.where, labels)]
}
