import { describe, expect, it } from 'vitest';
import { knownNamesFrom } from '../../../src/summarising/known-names.js';

describe('known names', () => {
  it('keeps organisations with a proper name and drops common nouns the glossary lists as organisations', () => {
    const names = knownNamesFrom({
      glossary: [
        { ja: ['総領事館'], en: ['consulate', 'consulate general'], kind: 'organisation' },
        { ja: ['草の根技術協力事業'], en: ['grassroots technical cooperation', 'JICA Partnership Program'], kind: 'program' },
        { ja: ['日米姉妹都市協会'], en: ['JUSSCA'], kind: 'organisation' },
      ],
      records: [],
      programs: [],
    });
    expect(names.map((n) => n.display)).toEqual(['grassroots technical cooperation', 'JUSSCA']);
  });
});
