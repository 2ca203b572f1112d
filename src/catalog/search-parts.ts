// The catalog's parts that search reads: every entry's name (the titles part, whose words arrive in
// every language at once) and the rest it indexes (the search part). Registered here, like the other
// parts, so that the language packs find their texts.
import search from 'virtual:catalog/part/search'
import titles from 'virtual:catalog/part/titles'

import { registerPart } from './text-packs'

registerPart('titles', titles)
registerPart('search', search)

export const searchPart = search
export const titlesPart = titles
