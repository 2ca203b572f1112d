export { createSearch, type Search, type SearchHit, type SearchKind } from './search'
export { normalise } from './normalise'
