import { describe, expect, it } from 'vitest';
import { answerTypeOf, carriesAnswerType, expectedCounter } from '../../../src/answering/answer-type.js';

describe('answer types', () => {
  it('expects the counter a "how many" question names next to the figure', () => {
    const students = expectedCounter('How many students from Del Norte High School visited?');
    expect(carriesAnswerType('number', '2 年後にクレセントシティの海岸に漂着した。', students)).toBe(false);
    expect(carriesAnswerType('number', '35 人の市民が訪問した。', students)).toBe(true);
    const countries = expectedCounter('その会議には何か国が集まった？');
    expect(carriesAnswerType('number', '193の全加盟国・地域が参加する総会です。', countries)).toBe(true);
  });

  it('does not take a year for a count, but takes a date for "when"', () => {
    expect(carriesAnswerType('number', '2019年以降、第一位となった。')).toBe(false);
    expect(carriesAnswerType('year', '10月30日及び31日にツアーを実施した。')).toBe(true);
  });

  it('reads "what does X say about the number of…" as a question about what is said', () => {
    expect(answerTypeOf('What does the Bluebook say about the number of foreign visitors?')).toBe('other');
    expect(answerTypeOf('How many towns joined the new network?')).toBe('number');
  });

  it('answers "who heads…" with a name, not with a sentence that only names the role', () => {
    expect(answerTypeOf("Who is Peru's ambassador to Canada?")).toBe('person');
    expect(carriesAnswerType('person', '駐日ザンビア大使が台風19号のお見舞いのため丸森町を訪問')).toBe(false);
    expect(carriesAnswerType('person', '目時政彦氏が同機関トップの国際事務局局長を務めている')).toBe(true);
  });

  it('answers "when will…" only with a date stated as a plan', () => {
    const plan = expectedCounter('When will the new system take effect?');
    expect(carriesAnswerType('year', '2027年の新制度施行に向けて取り組んでいる。', plan)).toBe(true);
    expect(carriesAnswerType('year', '2025 年にボストンで開催された会議で紹介された。', plan)).toBe(false);
  });
});
