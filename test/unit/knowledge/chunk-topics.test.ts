import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../../src/knowledge/chunk.js';
import { placeNamesOf, placesIn, withTopics } from '../../../src/knowledge/chunk-topics.js';

const NAMES = ['山形県', '鶴岡市', '本部町', '松島町', '東松島市'];
const chunk = (n: number, indexText: string, report = 'r.txt'): Chunk => ({ id: `${report}#${n}`, report, start: n * 10, end: n * 10 + 9, page: null, section: null, indexText });

describe('the place a stretch of a report is about', () => {
  it('knows short forms only of places the report prints in full', () => {
    const names = placeNamesOf('山形県鶴岡市の事例。本部の職員が訪問した。', NAMES);
    expect(names).toContain('鶴岡');
    expect(names).toContain('山形');
    expect(names).not.toContain('本部');
  });

  it('reads the longest name at each position', () => {
    expect(placesIn('東松島市と松島町', ['東松島市', '東松島', '松島町', '松島'])).toEqual(['東松島', '松島']);
  });

  it('adds the neighbourhood place to chunks that do not name it, and only within one report', () => {
    const chunks = [chunk(0, '山形県鶴岡市は交流を始めた'), chunk(1, '鶴岡の高校生が訪問した'), chunk(2, '市は研修員を受け入れた'), chunk(3, '市は研修員を受け入れた', 'other.txt')];
    const out = withTopics(chunks, NAMES);
    expect(out[2]!.indexText).toBe('市は研修員を受け入れた 鶴岡');
    expect(out[2]!.topic).toBe('鶴岡');
    expect(out[1]!.indexText).toBe('鶴岡の高校生が訪問した');
    expect(out[1]!.topic).toBeUndefined();
    expect(out[3]!.indexText).toBe('市は研修員を受け入れた');
  });
});
