/** Foreign names in Latin letters inside Japanese sentences, as mixed channels write them. Inputs are invented. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/core/types.js';
import { NameFinder } from '../../../src/summarising/name-finder.js';
import { createSummarizer } from '../../../src/summarising/summarizer.js';

const summarizer = createSummarizer({ names: new NameFinder([{ display: 'Shimane', spellings: ['Shimane', '島根県'] }]) });
const msg = (author: string, text: string): ChatMessage => ({ author, text, isMusubi: false, link: `chat://${author}/${text.length}` });

describe('Latin names in Japanese sentences', () => {
  it('takes a capitalised word no dictionary lists, made an argument by a particle, as the name a Japanese cue is about', () => {
    const reply = summarizer.summarize([msg('aoi', '相手は Velmoor で決まりですね。'), msg('ren', '了解です。')]);
    expect(reply.recommendations.map((r) => [r.name, r.status])).toEqual([['Velmoor', 'accepted']]);
  });

  it('takes no dictionary word, and none of the channel\'s people, for a name', () => {
    const reply = summarizer.summarize([msg('aoi', '来週 Zoom で話しましょう。'), msg('ren', 'Aoi さんに資料を送ってもらいましょう。')]);
    expect(reply.recommendations).toEqual([]);
  });
});
