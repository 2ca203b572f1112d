// Events, offices, documents and services: everything but the procedures, which arrive per event.
import basePart from 'virtual:catalog/part/base'

import { registerPart } from './text-packs'

registerPart('base', basePart)
export const base = basePart
