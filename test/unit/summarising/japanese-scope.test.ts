/** How far Japanese cues reach: the noun a negation is said of, clauses joined by a te-form. Inputs are invented. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/core/types.js';
import { NameFinder } from '../../../src/summarising/name-finder.js';
import { createSummarizer } from '../../../src/summarising/summarizer.js';

const names = new NameFinder([
  { display: 'Shimane', spellings: ['Shimane', '島根県'] },
  { display: 'Vermont', spellings: ['Vermont', 'バーモント州'] },
]);
const summarizer = createSummarizer({ names });
const msg = (author: string, text: string): ChatMessage => ({ author, text, isMusubi: false, link: `chat://${author}/${text.length}` });
const statusOf = (messages: ChatMessage[]) => Object.fromEntries(summarizer.summarize(messages).recommendations.concat(summarizer.summarize(messages).rejected).map((r) => [r.name, r.status]));

describe('Japanese cues and the noun they are said of', () => {
  it('reads 「…なし」 and 「…を外す」 said of another noun as no rejection of the candidate just decided', () => {
    const messages = [msg('佐藤', '島根県はどうでしょう？'), msg('田中', '島根県にしましょう。'), msg('鈴木', '懸念なしです。'), msg('田中', '午後は会議室を外します。')];
    expect(statusOf(messages)).toEqual({ Shimane: 'accepted' });
  });

  it('still turns the candidate down when the word follows the candidate or a particle', () => {
    expect(statusOf([msg('佐藤', '島根県はどうでしょう？'), msg('田中', '島根県はなしで。')])).toEqual({ Shimane: 'rejected' });
    expect(statusOf([msg('佐藤', '島根県はどうでしょう？'), msg('田中', '島根県を外しましょう。')])).toEqual({ Shimane: 'rejected' });
  });

  it('turns the topic down when an adverbial noun stands between it and the rejection word', () => {
    expect(statusOf([msg('佐藤', '島根県はどうでしょう？'), msg('田中', '島根県は今回なしで')])).toEqual({ Shimane: 'rejected' });
    expect(statusOf([msg('佐藤', '島根県はどうでしょう？'), msg('田中', 'そうですね、島根県は当面パスで')])).toEqual({ Shimane: 'rejected' });
  });

  it('reads a negated decision word as a choice still open, not as a rejection', () => {
    expect(statusOf([msg('佐藤', '島根県はどうでしょう？'), msg('田中', '島根県はまだ確定ではありません。')])).toEqual({ Shimane: 'open' });
  });

  it('reads a te-form and a comma as two clauses, the second committing to its own name', () => {
    const messages = [msg('佐藤', '島根県かバーモント州はどうでしょう？'), msg('田中', '島根県は見送って、バーモント州に集中しましょう。')];
    expect(statusOf(messages)).toEqual({ Vermont: 'accepted', Shimane: 'rejected' });
  });

  it('brings back a candidate turned down when a commitment takes it as its topic or object, not when it only qualifies a noun', () => {
    const proposedAndDropped = [msg('佐藤', '島根県はどうでしょう？'), msg('田中', '島根県は見送りましょう。')];
    expect(statusOf([...proposedAndDropped, msg('田中', '条件が変わったので、島根県に申し込みましょう。')])).toEqual({ Shimane: 'accepted' });
    expect(statusOf([...proposedAndDropped, msg('田中', '島根県の資料は共有フォルダに入れましょう。')])).toEqual({ Shimane: 'rejected' });
  });

  it('reads the negative question of invitation (〜てみませんか) as a proposal', () => {
    expect(statusOf([msg('佐藤', 'バーモント州にも連絡してみませんか？')])).toEqual({ Vermont: 'suggested' });
  });

  it('lets a settling word whose clause has a topic of its own in Latin letters or katakana leave the candidate just decided alone', () => {
    const decided = [msg('佐藤', 'バーモント州はどうでしょう？'), msg('田中', 'バーモント州にしましょう。')];
    expect(statusOf([...decided, msg('鈴木', 'Harbor は今回はやめておきましょう。')])).toEqual({ Vermont: 'accepted' });
    expect(statusOf([...decided, msg('鈴木', 'うーん、やっぱりやめておきましょう。')])).toEqual({ Vermont: 'rejected' });
  });

  it('reads a drawback under a condition as a concern, unless the sentence acts on it', () => {
    const proposed = [msg('佐藤', '島根県はどうでしょう？')];
    expect(statusOf([...proposed, msg('田中', '島根県は、冬の便だけだとかなり厳しいです。')])).toEqual({ Shimane: 'open' });
    expect(statusOf([...proposed, msg('田中', '島根県は、冬の便だけだと厳しいので見送りましょう。')])).toEqual({ Shimane: 'rejected' });
  });

  it('reads 「…でお願いします」 as a directive the team commits to, and 「よろしくお願いします」 as a greeting', () => {
    const reply = summarizer.summarize([msg('佐藤', 'よろしくお願いします。'), msg('田中', '申請は来月の締切に合わせる形でお願いします。')]);
    expect(reply.decisions).toEqual(['申請は来月の締切に合わせる形でお願いします。 (田中)']);
  });

  it('reads a sentence ending 「…する形で。」 (the verb of doing left unsaid) as a commitment', () => {
    const reply = summarizer.summarize([msg('田中', '案内はメールで各校に送る形で。')]);
    expect(reply.decisions).toEqual(['案内はメールで各校に送る形で。 (田中)']);
  });

  it('takes a katakana name of two letters before a proposal only with its particle', () => {
    expect(statusOf([msg('佐藤', 'ヌマはどうでしょう？内陸の町です。')])).toEqual({ ヌマ: 'suggested' });
    expect(statusOf([msg('佐藤', 'ヌマどうでしょう？')])).toEqual({});
  });
});
