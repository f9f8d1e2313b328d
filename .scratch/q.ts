import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { analyseQuery } from '../src/retrieval/query-analysis.js';
import { silentLogger } from '../src/core/logger.js';
const dirs = process.argv[2] ? [process.argv[2]] : ['knowledge'];
for (const d of dirs) {
  const kb = await loadKnowledgeBase({ knowledgeDir: d, logger: silentLogger, cacheDir: '.cache' });
  for (const q of process.argv.slice(3)) {
    const a = analyseQuery(q, kb);
    console.log(`[${d}] ${q}`);
    for (const g of a.groups) console.log(`   ${g.label} w=${g.weight.toFixed(2)}${g.critical ? ' CRIT' : ''} :: ${g.alternatives.map((x) => x.join(',')).slice(0, 6).join(' | ')}`);
  }
}
