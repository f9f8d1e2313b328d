/** Narrowing Musubi's list to a choice. Inputs are invented. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/core/types.js';
import { NameFinder } from '../../../src/summarising/name-finder.js';
import { createSummarizer } from '../../../src/summarising/summarizer.js';

const summarizer = createSummarizer({ names: new NameFinder([{ display: 'Elkton', spellings: ['Elkton', 'エルクトン'] }, { display: 'Lakeport', spellings: ['Lakeport', 'レイクポート'] }]) });
const msg = (author: string, text: string, isMusubi = false): ChatMessage => ({ author, text, isMusubi, link: `chat://${author}/${text.length}` });
const list = msg('musubi', '1. Elkton — a river port\n2. Lakeport — a college town', true);
const statuses = (messages: ChatMessage[]) => {
  const reply = summarizer.summarize(messages);
  return Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]));
};

describe('narrowing a list', () => {
  it('turns down the rest of the list when the team narrows it to one, in either language', () => {
    expect(statuses([list, msg('ann', "Let's focus on Elkton.")])).toEqual({ Elkton: 'accepted', Lakeport: 'rejected' });
    expect(statuses([list, msg('田中', 'エルクトンに絞りましょう。')])).toEqual({ Elkton: 'accepted', Lakeport: 'rejected' });
  });

  it('leaves the rest open when the team only chooses one', () => {
    expect(statuses([list, msg('ann', "Let's go with Elkton.")])).toEqual({ Elkton: 'accepted', Lakeport: 'suggested' });
  });
});
