/** Commands are explicit; plain text goes where its words say. */
import { describe, expect, it } from 'vitest';
import { cleanUserText, codePointLength, MAX_INPUT_CHARS, parseCommand, validateUserText } from '../../../src/core/command.js';
import { intentOf, refinesRequest } from '../../../src/core/intent.js';

describe('parseCommand', () => {
  it('reads explicit commands: a slash, a command surface, or a lone word', () => {
    expect(parseCommand('/match We are a county in Maryland')).toEqual({ name: 'match', text: 'We are a county in Maryland', explicit: true });
    expect(parseCommand('/ask How did it start?')).toMatchObject({ name: 'ask', text: 'How did it start?', explicit: true });
    expect(parseCommand('match coastal town', { commandSurface: true })).toMatchObject({ name: 'match', text: 'coastal town', explicit: true });
    expect(parseCommand('help')).toMatchObject({ name: 'help', explicit: true });
    expect(parseCommand('Help?')).toMatchObject({ name: 'help', explicit: true });
    expect(parseCommand('ヘルプ')).toMatchObject({ name: 'help', explicit: true });
    expect(parseCommand('/summary')).toMatchObject({ name: 'summary', explicit: true });
    expect(parseCommand('summary', { commandSurface: true })).toMatchObject({ name: 'summary', explicit: true });
    expect(parseCommand('/summarise')).toMatchObject({ name: 'summary' });
  });

  it('never takes the first word of a sentence for a command', () => {
    expect(parseCommand('Help us find a sister city in the US for Hakui, Ishikawa')).toMatchObject({ name: 'match', explicit: false });
    expect(parseCommand('Summary of the Action Plan 4.0?')).toMatchObject({ name: 'ask', text: 'Summary of the Action Plan 4.0?', explicit: false });
    expect(parseCommand('Summary of the Action Plan 4.0?', { commandSurface: true })).toMatchObject({ name: 'ask', explicit: false });
    expect(parseCommand('Shortlist criteria in the report?')).toMatchObject({ name: 'ask' });
    expect(parseCommand('Match making between towns: how did JUSSCA do it?')).toMatchObject({ name: 'ask', explicit: false });
    expect(parseCommand('Ask Ken whether the budget is approved')).toMatchObject({ name: 'ask', explicit: false });
  });

  it('flags an unknown /word instead of searching for it, and treats empty text as a request for help', () => {
    expect(parseCommand('/summery')).toMatchObject({ unknown: 'summery' });
    expect(parseCommand('   ')).toMatchObject({ name: 'help', explicit: false });
    expect(parseCommand('/match')).toMatchObject({ name: 'help' });
  });
});

describe('intentOf', () => {
  it.each([
    'Which US city could partner with our town?',
    'Can you suggest a sister city for a small coastal town in Iwate?',
    'We are looking for an American partner university for nursing students',
    'Who could help us set up a student exchange with Japan?',
    'What program should our high-school students use to meet American peers?',
    'We want to partner with a Japanese prefecture on clean energy',
    'うちの町に合うアメリカの姉妹都市を探しています',
    '羽咋市と提携できる米国の都市はどこがいいですか',
    '高校生の交流プログラムを紹介してください',
    '私たちの県はオレゴン州と交流したいのですが、どこから始めればよいでしょう',
    'Which Korean city might be a good twin town for a wine region?',
    'A village in Vermont wants to share maple-syrup know-how abroad',
    'Which organisation helps small towns find partners overseas?',
    'Who are the best counterparts for a port city?',
    '若手職員が海外で研修できる制度は？',
    'カナダの学校と交流したい中学校です',
    '地方の企業が海外展開に使える支援策はありますか',
  ])('a partner request: %s', (text) => expect(intentOf(text)).toBe('match'));

  it.each([
    'How did Rikuzentakata and Crescent City become sister cities?',
    'And in which year did they sign it?',
    'Which organisations does the report recommend for sister-city work?',
    'What does the Action Plan say about youth exchanges?',
    'How many sister cities does Japan have with the US?',
    '陸前高田市とクレセントシティの交流はどうやって始まったの？',
    '姉妹都市の数はいくつですか',
    'JETプログラムはいつ始まりましたか',
    '報告書がすすめている団体はどこですか',
    'How does JICA support municipalities that want partners abroad?',
    'Why did Portland and Sapporo become sister cities?',
    'What organisation funded the return of the boat?',
    '姉妹都市について詳しく知りたいです',
    '仙台市の姉妹都市はどこですか',
  ])('a question about the reports: %s', (text) => expect(intentOf(text)).toBe('ask'));
});

describe('refinesRequest', () => {
  it.each(['What about smaller towns in Oregon?', 'And organisations?', 'How about programs instead?', 'プログラムなら？', '他に沿岸の町はありますか'])('refines the previous partner request: %s', (text) => expect(refinesRequest(text)).toBe(true));
  it.each(['And in which year did they sign it?', 'Why did they choose Crescent City?', 'What does the report say about Oregon?', 'Thanks!', 'いつ提携したのですか？'])('is not a refinement: %s', (text) => expect(refinesRequest(text)).toBe(false));
});

describe('user text', () => {
  it('removes terminal colour and title sequences whole, not leaving "[31m" on a word', () => {
    expect(cleanUserText('\u001b[31mSapporo\u001b[0m sister \u001b]0;title\u0007cities')).toBe('Sapporo sister cities');
  });

  it('turns a bare carriage return into a space and drops other control characters', () => {
    expect(cleanUserText('first half\rsecond\u0000 half')).toBe('first half second half');
  });

  it('counts the limit in code points: an emoji counts once', () => {
    expect(codePointLength('a😀b')).toBe(3);
    const question = `Osaka ${'😀'.repeat(2500)}`;
    expect(question.length).toBeGreaterThan(MAX_INPUT_CHARS);
    expect(validateUserText(question)).toBe(question);
    expect(() => validateUserText(`Osaka ${'😀'.repeat(MAX_INPUT_CHARS)}`)).toThrow(/limit is 4,000/);
  });
});
