import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/matching/profile.js';
import { Gazetteer } from '../../../src/places/gazetteer.js';

const gazetteer = Gazetteer.load();

describe('request profile', () => {
  it('does not take the requester\'s own description for the kind of counterpart wanted', () => {
    expect(parseProfile('Our prefecture wants to send its own staff abroad as volunteers.', gazetteer).wantedKind).toBeNull();
    expect(parseProfile('外国人住民が増えている町で、多文化共生を支援してくれる仕組みを探しています', gazetteer).wantedKind).toBe('program');
    expect(parseProfile('若い人たちに国際機関で働く経験を積ませたい', gazetteer).wantedKind).toBeNull();
    expect(parseProfile('Which Japanese city could be a sister city for Findlay, Ohio?', gazetteer).wantedKind).toBe('city');
  });

  it('reads the kind from the sentence that asks, not from the ones that describe the asker', () => {
    // The first sentence names a town; the question asks for a program.
    expect(parseProfile('We are a mountain town of 8,000 with two ski fields. Is there a scheme that sends our teachers abroad for a year?', gazetteer).wantedKind).toBe('program');
    expect(parseProfile('Our museum has old maps of the harbour. Which foundation or society could help us show them overseas?', gazetteer).wantedKind).toBe('organisation');
    // "our sister-city visits" is the asker's, so only the funding is asked for.
    expect(parseProfile('how could we fund our sister-city visits next year?', gazetteer).wantedKind).toBe('program');
  });

  it('takes the head of the phrase a Japanese question ends on', () => {
    // 団体 is the head; 助成 only says what it does.
    expect(parseProfile('漁協の青年部です。海外の漁村と交流したいのですが、助成や仲介をしてくれる団体はありますか。', gazetteer).wantedKind).toBe('organisation');
    // 自治体 is the subject inside the clause, not what is asked for; 制度 and 窓口 are listed heads.
    expect(parseProfile('自治体が応募できる制度や、問い合わせできる窓口を教えてください。', gazetteer).wantedKind).toBe('program');
    expect(parseProfile('台湾の自治体と組めないでしょうか。', gazetteer).wantedKind).toBe('city');
  });

  it('reads a question for where to look something up as asking for a service, not a place', () => {
    expect(parseProfile('海外の都市の姉妹提携の希望は、どこで調べられますか？', gazetteer).wantedKind).toBe('program');
    expect(parseProfile('Where can we find cities abroad that want a partner?', gazetteer).wantedKind).toBe('program');
  });

  it('reads the Japanese language as a language, not as the country wanted', () => {
    expect(parseProfile('アメリカの学校に日本語を教える若手を派遣したい', gazetteer).wantedCountry).toBe('US');
  });
});
