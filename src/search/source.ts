// What the search page indexes in the app: the search part, with each entry's name put back from the
// titles part, whose words arrive in every language at once.
import { loadPacks } from '../catalog/load'
import { searchPart as part, titlesPart as titles } from '../catalog/search-parts'
import { packText } from '../catalog/text-packs'
import { LOCALES } from '../i18n/registry'
import type { SearchSource, TextIn } from './entries'

const withTitle = <T extends object>(list: T[], names: typeof titles.procedures) =>
  list.map((x, i) => ({ ...x, title: names[i] as (typeof names)[number] }))

/** A document leads to the first procedure that asks for it. */
type AppSearchSource = Omit<SearchSource, 'documents'> & {
  documents: (SearchSource['documents'][number] & { usedBy?: string })[]
}

export const searchSource: AppSearchSource = {
  procedures: withTitle(part.procedures, titles.procedures),
  events: withTitle(part.events, titles.events),
  offices: withTitle(part.offices, titles.offices).map(({ title, ...o }) => ({ ...o, name: title })),
  documents: withTitle(part.documents, titles.documents),
}

/** The app's texts: Japanese in the part, every other language from its pack. */
export const packedText: TextIn = (text, language) => (language === 'ja' ? text.ja : packText(text, language))

/** Every language's names, fetched once (about 10 KB a language). */
export const allNames = (): Promise<void> =>
  loadPacks(
    'titles',
    LOCALES.map((l) => l.code),
  )
