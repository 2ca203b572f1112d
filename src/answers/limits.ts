// Limits of the answers encoding, named once: the encoding, the catalog schema and the question
// form all read them from here.

/** The oldest age an answer may give. */
export const MAX_AGE = 130
/** The longest answers string read; longer links are read up to here, not dropped whole. */
export const MAX_ANSWERS_LENGTH = 2000
/** The most values one list answer (events, ages) may hold. */
export const MAX_LIST = 20
