/** The name an English cue governs as its object. Inputs are invented. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/core/types.js';
import { NameFinder } from '../../../src/summarising/name-finder.js';
import { createSummarizer } from '../../../src/summarising/summarizer.js';

const summarizer = createSummarizer({ names: new NameFinder([{ display: 'Shimane', spellings: ['Shimane', '島根県'] }, { display: 'Lakeport', spellings: ['Lakeport'] }]) });
const msg = (author: string, text: string): ChatMessage => ({ author, text, isMusubi: false, link: `chat://${author}/${text.length}` });
const named = (messages: ChatMessage[]) => summarizer.summarize(messages).recommendations.map((r) => [r.name, r.status]);

describe('the object of an English cue', () => {
  it('reaches the name past the few words of the verb phrase the cue opens', () => {
    expect(named([msg('ann', "I'd suggest bringing in the Harrowgate Learning Trust as a partner.")])).toEqual([['Harrowgate Learning Trust', 'suggested']]);
  });

  it('takes an adjective of origin before a noun for no name', () => {
    expect(named([msg('ann', 'Maybe we can get Moravian wine for the reception.')])).toEqual([]);
  });

  it('knows a name proposed in full by its initials afterwards', () => {
    expect(named([msg('ann', 'What about the Northern Heron Study Fund?'), msg('bo', "Let's apply to NHSF.")])).toEqual([['Northern Heron Study Fund', 'accepted']]);
  });

  it('keeps a longer name whose own capitalised words surround a known place, and lets a known name win over ordinary words', () => {
    expect(named([msg('ann', 'Venue ideas: what about Harbour House Lakeport?')])).toEqual([['Harbour House Lakeport', 'suggested']]);
    expect(named([msg('ann', 'What about Lakeport volunteers?')])).toEqual([['Lakeport', 'suggested']]);
  });

  it('reads the name a clause opens with before its cue, and the names inside its spelled-out form as part of it', () => {
    expect(named([msg('ann', 'On our side, NHRC (Northern Heron Research Centre in Lakeport) could be a partner too.')])).toEqual([['NHRC', 'suggested']]);
  });
});
