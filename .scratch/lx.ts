import { loadLexicon } from '../src/lexicon/index.js';
import { silentLogger } from '../src/core/logger.js';
const t = performance.now();
const { lexicon, loadMs, warnings } = await loadLexicon('/work/wt-lexicon/knowledge/lexicon/lexicon.json', silentLogger);
console.log('load', loadMs.toFixed(0), 'ms', warnings, lexicon.size, (performance.now()-t).toFixed(0));
for (const w of ['sister city', 'exchange', 'started', 'how did it start', 'volunteer', 'deepened', 'reason', 'budget', 'Tokachi', 'aging', 'students', 'local government', 'cooperation'])
  console.log(w, JSON.stringify(lexicon.englishToJapanese(w)));
console.log(lexicon.findEnglish('How did Rikuzentakata and Crescent City become sister cities?', (w) => /^[A-Z]/.test(w) || true));
for (const j of ['交流', '十勝', '陸前高田市', '神奈川県', 'いきさつ', '経緯', 'くれせんと']) console.log(j, lexicon.japaneseToEnglish(j).slice(0,4), lexicon.nameInEnglish(j), lexicon.synonymsOf(j).slice(0,6));
console.log(lexicon.findSynonymWords('交流のいきさつを教えて'));
