// Checks the shipped lexicon and glossary: valid, sorted (deterministic), only what the reports use, sources that hold.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForIndex } from '../../src/knowledge/normalise.js';
import { GlossaryFileSchema } from '../../src/knowledge/schemas.js';
import { LexiconFileSchema } from '../../src/lexicon/schema.js';

const root = join(import.meta.dirname, '..', '..', 'knowledge');
const reportsDir = join(root, 'reports');
const reports = new Map(readdirSync(reportsDir).filter((f) => f.endsWith('.txt')).map((f) => [f, normaliseForIndex(readFileSync(join(reportsDir, f), 'utf8'))] as const));
// Passages are re-joined lines; the reports' text with line breaks removed inside Japanese is close enough to check presence.
const corpus = [...reports.values()].join('\u0000');
const lexicon = LexiconFileSchema.parse(JSON.parse(readFileSync(join(root, 'lexicon', 'lexicon.json'), 'utf8')));

describe('knowledge/lexicon/lexicon.json', () => {
  it('credits its sources', () => {
    expect(Object.values(lexicon.sources).join(' ')).toMatch(/EDRDG.*CC BY-SA 4\.0[\s\S]*Apache-2\.0/);
  });

  it('knows English demonyms as English forms of the countries (world-countries, ODbL)', () => {
    expect(lexicon.sources.demonyms).toMatch(/world-countries.*ODbL/);
    // A country ENAMDICT names in English ("Nepal") is also reached by its adjective.
    for (const [country, demonym] of [['Nepal', 'Nepalese'], ['Brazil', 'Brazilian']] as const) {
      const place = lexicon.enamdict.find((n) => n.romaji === country);
      expect(place, country).toBeDefined();
      expect(lexicon.enamdict.some((n) => n.romaji === demonym && n.ja === place!.ja)).toBe(true);
    }
    // A country EDICT glosses gets its demonym in the same sense; a common noun that spells like one does not.
    expect(lexicon.edict.find((e) => e.ja === '韓国')!.senses[0]).toContain('South Korean');
    expect(lexicon.edict.flatMap((e) => e.senses.flat())).not.toContain('Greenlandic');
  });

  it('is sorted, so a rebuild gives the same bytes', () => {
    const forms = lexicon.edict.map((e) => e.ja);
    expect(forms).toEqual([...forms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('keeps only words and names the reports use, with a passage count', () => {
    const missing = lexicon.edict.filter((e) => e.df < 1 || !corpus.includes(e.stem ?? e.ja)).map((e) => e.ja);
    // A handful may sit across a passage boundary or a dropped infographic line; the rest must be printed.
    expect(missing.length).toBeLessThan(lexicon.edict.length / 100);
    expect(lexicon.enamdict.every((n) => n.df >= 1)).toBe(true);
    expect(lexicon.synonyms.every((g) => g.some((m) => m.df >= 1))).toBe(true);
  });

  it('cleans glosses: no part-of-speech tags or parentheses; verbs without their "to "', () => {
    const glosses = lexicon.edict.flatMap((e) => e.senses.flat());
    expect(glosses.filter((g) => /[()]/.test(g))).toEqual([]);
    // Only phrases keep a leading "to" ("to some extent", "to begin with"): a verb ("to get") loses it.
    expect(glosses.filter((g) => /^to [a-z]+$/.test(g))).toEqual([]);
    expect(glosses.some((g) => g === 'begin')).toBe(true);
  });
});

describe('knowledge/glossary', () => {
  const dir = join(root, 'glossary');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${file}: every entry has a source, and a report source prints the entry`, () => {
      const entries = GlossaryFileSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      for (const e of entries) {
        expect(e.source, `${file}: ${e.ja[0]} has no source`).toBeDefined();
        if (!e.source!.startsWith('reports/')) continue;
        const text = reports.get(e.source!.slice('reports/'.length));
        expect(text, `${file}: ${e.ja[0]}: unknown report ${e.source}`).toBeDefined();
        const printed = [...e.ja, ...e.en].map(normaliseForIndex).some((f) => text!.includes(f) || text!.replace(/\s/g, '').includes(f.replace(/\s/g, '')));
        expect(printed, `${file}: ${e.ja[0]} is not printed in ${e.source}`).toBe(true);
      }
    });
  }
});
