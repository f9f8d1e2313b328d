/** A decision or an open question is quoted from its sentence to the end of its message. Inputs are invented. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/core/types.js';
import { NameFinder } from '../../../src/summarising/name-finder.js';
import { createSummarizer } from '../../../src/summarising/summarizer.js';

const names = new NameFinder([{ display: 'Maple Bay', spellings: ['Maple Bay'] }, { display: '柏崎市', spellings: ['柏崎市'] }]);
const summarizer = createSummarizer({ names });
const msg = (author: string, text: string): ChatMessage => ({ author, text, isMusubi: false, link: `chat://${author}/${text.length}` });

describe('decisions and questions as their messages wrote them', () => {
  it('keeps what a decision assigns in the same message with it, once', () => {
    const reply = summarizer.summarize([msg('ann', 'How about Maple Bay?'), msg('bo', "Let's go with Maple Bay. Ann will write to their mayor by Friday.")]);
    expect(reply.decisions).toHaveLength(1);
    expect(reply.decisions[0]).toContain('Ann will write to their mayor by Friday');
  });

  it('keeps a question and the options it lists as one open question', () => {
    const reply = summarizer.summarize([msg('ann', 'Who pays for the return visit? Us, them, or a shared fund?')]);
    expect(reply.openQuestions).toHaveLength(1);
    expect(reply.openQuestions[0]).toContain('Who pays for the return visit? Us, them, or a shared fund?');
  });

  it('does the same in Japanese', () => {
    const reply = summarizer.summarize([msg('田中', '協定の期間はどうしますか？延長？終了？（市長判断）')]);
    expect(reply.openQuestions).toHaveLength(1);
    expect(reply.openQuestions[0]).toContain('延長？終了？（市長判断）');
  });
});
