/** The lexicon: language knowledge from EDICT, ENAMDICT and Sudachi's synonyms, filtered to the reports. */
export { Lexicon, foldLongVowels, type Expansion, type ExpansionSource, type LexiconPhrase, type SynonymWord } from './lexicon.js';
export { loadLexicon, type LoadedLexicon } from './lexicon-loader.js';
export { englishKey, lemmaCandidates } from './english-key.js';
export type { EdictEntry, LexiconFile, NameEntry } from './schema.js';
