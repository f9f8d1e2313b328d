import { describe, expect, it } from 'vitest';
import { statedSizes } from '../../../src/matching/stated-size.js';

describe('statedSizes: the asker\'s own size and the size it wants for its partner', () => {
  it('reads both in one English request', () => {
    expect(statedSizes('We are a fishing village of 3,500 and hope for a twin town of roughly 8k.')).toEqual({ own: 3500, wanted: 8000 });
  });

  it('a size with no cue is the asker\'s own', () => {
    expect(statedSizes('Mountain spa town, around 12,000 people, keen on hiking exchanges.')).toEqual({ own: 12000, wanted: null });
  });

  it('the nearer cue decides: "we" then "partner" makes the figure wanted', () => {
    expect(statedSizes("We'd welcome a partner city of about 200,000 in Chile.")).toEqual({ own: null, wanted: 200000 });
  });

  it('reads Japanese: a size qualifying the noun a wish takes (〜の都市と) is wanted, one the asker is (〜の町です) is its own', () => {
    expect(statedSizes('人口8千人の村です。人口2万人くらいのまちと交流を始めたい')).toEqual({ own: 8000, wanted: 20000 });
    expect(statedSizes('相手は人口15万人程度の市が理想です')).toEqual({ own: null, wanted: 150000 });
    expect(statedSizes('人口3万2千人ほどの町で、農業が盛んです')).toEqual({ own: 32000, wanted: null });
  });

  it('ignores figures that are not populations', () => {
    expect(statedSizes('We founded our festival in 1985 and 40 volunteers run it.')).toEqual({ own: null, wanted: null });
  });
});
