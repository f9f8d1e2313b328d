import { describe, expect, it } from 'vitest';
import { countsInEnglish, datesInEnglish, namesInEnglish } from '../../../src/answering/english-facts.js';
import { GlossaryIndex } from '../../../src/bridge/glossary-index.js';
import { plural } from '../../../src/answering/question-answerer.js';

describe('English facts of a Japanese line', () => {
  it('puts a counted gloss in the plural', () => {
    expect(['elementary school student', 'city', 'box', 'volunteers'].map(plural)).toEqual(['elementary school students', 'cities', 'boxes', 'volunteers']);
  });

  it('states dates as dates: months are not counts, era years become Gregorian years', () => {
    expect(datesInEnglish('2019年6月に協定を結んだ。').map((d) => d.text)).toEqual(['June 2019']);
    expect(datesInEnglish('毎年8月15日に式典がある').map((d) => d.text)).toEqual(['August 15']);
    expect(datesInEnglish('令和3年度に開始し、平成元年に設立').map((d) => d.text)).toEqual(['fiscal 2021', '1989']);
    expect(datesInEnglish('参加者は2,019人だった')).toEqual([]);
    expect(datesInEnglish('●2011.5 視察').map((d) => d.text)).toEqual(['May 2011']);
    expect(countsInEnglish('●2011.5 視察')).toEqual([]);
  });

  it('reads figures with their counter and myriads, never a date as a count', () => {
    expect(countsInEnglish('2020年に5万7,442人が来場した').map((c) => c.text)).toEqual(['57,442 people']);
    expect(countsInEnglish('予算は3億円').map((c) => c.text)).toEqual(['¥300 million']);
    expect(countsInEnglish('30以上の国から参加').map((c) => c.text)).toEqual(['over 30']);
    expect(countsInEnglish('12か国が集まった').map((c) => c.text)).toEqual(['12 countries']);
    expect(countsInEnglish('99か国に延べ5万7,442人の隊員を派遣し').map((c) => c.text)).toEqual(['99 countries', '57,442 people']);
    expect(countsInEnglish('20歳から69歳までの国民').map((c) => c.text)).toEqual(['20 years old', '69 years old']);
    expect(countsInEnglish('総額967億円、2,400件以上').map((c) => c.text)).toEqual(['¥96.7 billion', '2,400 cases']);
  });

  it('reads decades, ordinals, ranges, runs of years, currencies and millions as English says them', () => {
    expect(datesInEnglish('1970年代から続く交流').map((d) => d.text)).toEqual(['1970s']);
    expect(countsInEnglish('第12回の大会、第3の港').map((c) => c.text)).toEqual(['12th', '3rd']);
    expect(countsInEnglish('18～29歳の参加者').map((c) => c.text)).toEqual(['18 to 29 years old']);
    expect(countsInEnglish('4年連続で受賞').map((c) => c.text)).toEqual(['4 years in a row']);
    expect(countsInEnglish('2,500万ユーロと12万豪ドル').map((c) => c.text)).toEqual(['€25 million', '120,000 Australian dollars']);
    expect(countsInEnglish('延べ300万人').map((c) => c.text)).toEqual(['3 million people']);
  });

  it('names the countries a line names, in English, from the country package', () => {
    expect(namesInEnglish('ニカラグアとブータンの研修員', new GlossaryIndex([]))).toEqual(['Nicaragua', 'Bhutan']);
  });

  it('says what a count of people counts when the noun is glossed', () => {
    const gloss = (ja: string) => (ja === '中学生' ? 'junior high school students' : null);
    expect(countsInEnglish('中学生15人が訪問', gloss).map((c) => c.text)).toEqual(['15 junior high school students']);
    expect(countsInEnglish('市民15人が訪問', gloss).map((c) => c.text)).toEqual(['15 people']);
  });
});

describe('quotes cut to length', () => {
  it('cut at a sentence end or a comma, never mid-word, and stay a substring', async () => {
    const { cutQuote } = await import('../../../src/answering/extractive-answerer.js');
    const text = '第一の文はここで終わる。第二の文は長く、途中で切られるとノウハウが読めなくなる。';
    const span = cutQuote(text, { start: 0, end: text.length }, 30);
    expect(text.slice(span.start, span.end)).toBe('第一の文はここで終わる。第二の文は長く、');
    const short = cutQuote(text, { start: 0, end: 12 }, 30);
    expect(short).toEqual({ start: 0, end: 12 });
  });
});
