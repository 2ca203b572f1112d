// The questions with their words, for the question pages and the answers' summaries.
import questionsPart from 'virtual:catalog/part/questions'

import { registerPart } from './text-packs'

registerPart('questions', questionsPart)
export const questionWords = questionsPart
