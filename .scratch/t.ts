import { readFileSync } from 'node:fs';
import { LexiconFileSchema } from '../src/lexicon/schema.js';
import { Lexicon } from '../src/lexicon/lexicon.js';
let t = performance.now();
const raw = readFileSync('knowledge/lexicon/lexicon.json', 'utf8');
const j = JSON.parse(raw); console.log('parse', performance.now() - t); t = performance.now();
const p = LexiconFileSchema.parse(j); console.log('zod', performance.now() - t); t = performance.now();
new Lexicon(p); console.log('build', performance.now() - t); t = performance.now();
new Lexicon(p); console.log('build2', performance.now() - t);
