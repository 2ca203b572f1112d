export { normalise } from './normalise'
export { createSearch, type Search, type SearchHit, type SearchKind } from './search'
