import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../../src/knowledge/sentences.js';

describe('sentenceSpans', () => {
  it('runs a sentence across lines broken by the PDF extraction, and ends at 。', () => {
    const text = '北九州市の持つノウハウを活かした国際協\n力活動を促進させていく。次の文。';
    const spans = sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['北九州市の持つノウハウを活かした国際協\n力活動を促進させていく。', '次の文。']);
  });
  it('ends a sentence at a blank line or a page number', () => {
    const text = '見出しなし本文\n\n別の段落\n12\n続き';
    const spans = sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
    expect(spans[0]).toBe('見出しなし本文');
    expect(spans[1]).toBe('別の段落');
  });
});
