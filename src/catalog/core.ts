// The first screen's part of the catalog: events and the questions' structure, numbered for the
// language packs as it is imported. Question pages add ./questions.ts, the rest ./base.ts; the
// procedures arrive per event (./load.ts).
import corePart from 'virtual:catalog/part/core'

import { registerPart } from './text-packs'

registerPart('core', corePart)
export const core = corePart
