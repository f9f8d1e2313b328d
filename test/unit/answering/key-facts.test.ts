import { describe, expect, it } from 'vitest';
import { numberFacts } from '../../../src/answering/key-facts.js';

describe('numberFacts', () => {
  it('states numbers with their units in English', () => {
    expect(numberFacts('2019 年、35 名の陸前高田市民が訪問した')).toEqual(['2019', '35 people']);
    expect(numberFacts('99か国に延べ5万7,442人の隊員を派遣し')).toEqual(['99 countries', '57,442 people']);
    expect(numberFacts('20歳から69歳までの国民')).toEqual(['age 20', 'age 69']);
    expect(numberFacts('総額967億円、2,400件以上')).toEqual(['¥96.7 billion', '2,400 cases']);
  });
});
