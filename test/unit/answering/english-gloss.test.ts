import { describe, expect, it } from 'vitest';
import { nameHead, wordsInEnglish } from '../../../src/answering/english-gloss.js';
import { ReadingIndex } from '../../../src/bridge/proper-noun-readings.js';
import { Lexicon, type LexiconFile } from '../../../src/lexicon/index.js';

/** A tiny lexicon of its own (invented frequencies): never an eval question. */
const FILE: LexiconFile = {
  format: 1,
  passages: 100,
  sources: {},
  edict: [
    { ja: '漁港', reading: 'ぎょこう', common: true, df: 3, senses: [['fishing port']] },
    { ja: '整備', reading: 'せいび', common: true, df: 9, senses: [['maintenance', 'upkeep']] },
    { ja: '年度', reading: 'ねんど', common: true, df: 90, senses: [['fiscal year']] },
    { ja: 'カモ', reading: 'かも', common: true, df: 1, senses: [['duck']] },
    { ja: '川口', reading: 'かわぐち', common: true, df: 2, senses: [['mouth of river']] },
    { ja: '文化', reading: 'ぶんか', common: true, df: 40, senses: [['culture']] },
    { ja: '資金調達の仕組み', reading: 'しきんちょうたつのしくみ', common: false, df: 1, senses: [['a scheme by which money is raised from many different sources']] },
  ],
  enamdict: [
    { ja: '川口', reading: 'かわぐち', romaji: 'Kawaguchi', tags: ['p'], df: 2 },
    { ja: '文化', reading: 'ぶんか', romaji: 'Bunka', tags: ['p'], df: 1 },
  ],
  synonyms: [],
};
const lexicon = new Lexicon(FILE);

describe('words of a Japanese line in English', () => {
  it('glosses the dictionary words in the order the line says them, each once', () => {
    expect(wordsInEnglish('漁港の整備と文化交流、漁港を守る', lexicon)).toEqual(['fishing port', 'maintenance', 'culture']);
  });

  it('does not gloss a counter of a figure, nor the start of a longer katakana name', () => {
    expect(wordsInEnglish('2019年度にカモメ号が到着した', lexicon)).toEqual([]);
    expect(wordsInEnglish('年度の終わりにカモが来た', lexicon)).toEqual(['fiscal year', 'duck']);
  });

  it('reads a word before a place suffix as the place, and leaves long explanations out', () => {
    expect(wordsInEnglish('川口市の資金調達の仕組み', lexicon)).toEqual(['Kawaguchi']);
    expect(wordsInEnglish('川口の整備', lexicon)).toEqual(['mouth of river', 'maintenance']);
  });

  it('leaves out the words inside a person\'s or an organisation\'s name it is given', () => {
    expect(wordsInEnglish('川口前市長が漁港の整備', lexicon, ['川口'])).toEqual(['fishing port', 'maintenance']);
  });
});

describe('names that end in a word of their kind', () => {
  const lexiconWithHeads = new Lexicon({ ...FILE, edict: [...FILE.edict, { ja: '銀行', reading: 'ぎんこう', common: true, df: 3, senses: [['bank']] }, { ja: '高田', reading: 'たかだ', common: false, df: 1, senses: [['high paddy']] }] });
  const readings = new ReadingIndex([
    { surface: '青葉銀行', reading: 'アオバギンコウ', kind: '組織' },
    { surface: '南高田', reading: 'ミナミタカダ', kind: '地域' },
  ]);

  it('reads an organisation as its name and the English of its kind: "Aoba Bank"', () => {
    expect(nameHead('青葉銀行', lexiconWithHeads)).toMatchObject({ ja: '銀行', english: 'Bank' });
    expect(readings.romanise('青葉銀行', nameHead('青葉銀行', lexiconWithHeads))).toBe('Aoba Bank');
  });

  it('leaves a place name whole, though its last kanji are a word', () => {
    expect(readings.romanise('南高田', nameHead('南高田', lexiconWithHeads))).toBe('Minamitakada');
  });
});
