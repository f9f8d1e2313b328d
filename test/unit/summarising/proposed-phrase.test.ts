/** Activities and formats a team proposes without naming a known name. Inputs are invented. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/core/types.js';
import { NameFinder } from '../../../src/summarising/name-finder.js';
import { laterSpellings, proposedPhrase } from '../../../src/summarising/proposed-phrase.js';
import { cuesIn } from '../../../src/summarising/sentence-acts.js';
import { createSummarizer } from '../../../src/summarising/summarizer.js';

const nobody = new Set<string>();
const phraseOf = (sentence: string) => {
  const cue = cuesIn(sentence).find((c) => c.act === 'propose');
  return cue ? proposedPhrase(sentence, cue, nobody)?.spelling ?? null : null;
};

describe('the phrase a proposal governs', () => {
  it('is the English noun phrase after the cue, without its article, hyphens kept as written', () => {
    expect(phraseOf('How about a lantern-making workshop with the kids?')).toBe('lantern-making workshop');
    expect(phraseOf('I suggest a Friday poetry evening at the library.')).toBe('Friday poetry evening');
  });

  it('is nothing for a pronoun, a time or a single common noun', () => {
    expect(phraseOf('What about them?')).toBeNull();
    expect(phraseOf('Maybe just two nights instead?')).toBeNull();
    expect(phraseOf('How about funding?')).toBeNull();
  });

  it('is the Japanese compound a particle closes before the cue', () => {
    expect(phraseOf('予算を増やすのはどうですか？')).toBeNull(); // two kanji: too general to be a candidate
    expect(phraseOf('合同写真展を開くのはどうでしょう')).toBe('合同写真展');
  });

  it('is shortened by its last two words', () => {
    expect(laterSpellings('big lantern parade')).toEqual(['lantern parade']);
    expect(laterSpellings('lantern parade')).toEqual([]);
  });
});

const summarizer = createSummarizer({ names: new NameFinder([{ display: 'Elkton', spellings: ['Elkton'] }]) });
const msg = (author: string, text: string): ChatMessage => ({ author, text, isMusubi: false, link: `chat://${author}/${text.length}` });

describe('a proposed activity in a summary', () => {
  it('is a candidate once the team takes it up, settled by what the team says of it', () => {
    const reply = summarizer.summarize([
      msg('ann', 'What about a joint lantern parade?'),
      msg('bo', 'Love it.'),
      msg('cy', "Let's go with the lantern parade."),
    ]);
    expect(reply.recommendations.map((r) => [r.name, r.proposedBy, r.status])).toEqual([['joint lantern parade', ['ann'], 'accepted']]);
  });

  it('is no candidate when said once and left', () => {
    expect(summarizer.summarize([msg('ann', 'What about a joint lantern parade?'), msg('bo', 'Did anyone book the room for Friday?')]).recommendations).toEqual([]);
  });

  it('gives way to a name the proposal also names', () => {
    const reply = summarizer.summarize([msg('ann', 'How about a study tour to Elkton?'), msg('bo', 'Sounds good.')]);
    expect(reply.recommendations.map((r) => r.name)).toEqual(['Elkton']);
  });
});
