import { loadLexicon } from '../src/lexicon/index.js';
import { silentLogger } from '../src/core/logger.js';
const { lexicon } = await loadLexicon('knowledge/lexicon/lexicon.json', silentLogger);
for (const w of process.argv.slice(2)) console.log(w, lexicon.documentFrequency(w), JSON.stringify(lexicon.synonymExpansions(w)), lexicon.synonymsOf(w).slice(0, 8));
