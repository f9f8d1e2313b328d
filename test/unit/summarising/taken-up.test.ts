/** A name someone mentions without a proposing word, taken up by the team. Inputs are invented. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/core/types.js';
import { NameFinder } from '../../../src/summarising/name-finder.js';
import { createSummarizer } from '../../../src/summarising/summarizer.js';

const summarizer = createSummarizer({ names: new NameFinder([{ display: 'Lakeport Arts Fund', spellings: ['Lakeport Arts Fund', 'LAF'] }, { display: 'Elkton', spellings: ['Elkton'] }]) });
const msg = (author: string, text: string): ChatMessage => ({ author, text, isMusubi: false, link: `chat://${author}/${text.length}` });

describe('a name the team takes up', () => {
  it('is a candidate of whoever named it when someone else asks about it', () => {
    const reply = summarizer.summarize([msg('ann', 'Also the Lakeport Arts Fund sometimes has youth grants.'), msg('bo', 'Is LAF open to groups from abroad?')]);
    expect(reply.recommendations.map((r) => [r.name, r.proposedBy, r.status])).toEqual([['Lakeport Arts Fund', ['ann'], 'open']]);
  });

  it('is no candidate when only its first namer comes back to it, or when the question is put to Musubi', () => {
    expect(summarizer.summarize([msg('ann', 'Elkton had a jazz festival last year.'), msg('ann', 'Was Elkton the one with the big stage?')]).recommendations).toEqual([]);
    expect(summarizer.summarize([msg('ann', 'Elkton had a jazz festival last year.'), msg('bo', '@musubi when did Elkton start its festival?')]).recommendations).toEqual([]);
  });
});
