import { readFileSync } from 'node:fs';
import { englishKey } from '../src/lexicon/english-key.js';
const j = JSON.parse(readFileSync('knowledge/lexicon/lexicon.json', 'utf8'));
const glosses = j.edict.flatMap((e: any) => e.senses.flat());
let t = performance.now();
for (const g of glosses) englishKey(g);
console.log(glosses.length, 'keys', performance.now() - t);
