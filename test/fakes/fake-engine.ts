/** A scriptable Musubi engine for adapter tests: canned replies, recorded calls, optional failures. */
import type { Musubi } from '../../src/core/musubi.js';
import type { AnswerReply, MatchReply, SummaryReply } from '../../src/core/types.js';

export const CANNED_ANSWER: AnswerReply = {
  kind: 'answer',
  language: 'en',
  question: 'How did it start?',
  text: 'According to the CULCON SND Working Group Final Report: a boat, KAMOME, washed ashore in 2013.',
  citations: [{ report: 'culcon.ja.txt', title: 'CULCON SND Working Group Final Report', page: 15, quote: '小型船 KAMOME が津波によって海に流され' }],
  passages: [{ chunkId: 'culcon#15', report: 'culcon.ja.txt', title: 'CULCON SND Working Group Final Report', page: 15, section: null, text: '高田高校の小型船「KAMOME」が津波で流され、2年後にクレセントシティの海岸に漂着した。', score: 1 }],
  warnings: [],
};

export const CANNED_MATCHES: MatchReply = {
  kind: 'matches',
  language: 'en',
  request: 'coastal town',
  profile: {},
  suggestions: [
    { id: 'crescent-city', name: 'Crescent City', nameJa: 'クレセントシティ', nameEn: 'Crescent City', kind: 'city', country: 'US', score: 0.9, reasons: ['shared tsunami experience'], evidence: [{ report: 'culcon.ja.txt', record: null, quote: 'KAMOME' }], existing: true },
  ],
  warnings: [],
};

/** What the fake matcher offers after Crescent City, one per "More suggestions" press. */
export const MORE_SUGGESTIONS: MatchReply['suggestions'] = [
  { id: 'program:tomodachi', name: 'TOMODACHI Initiative', nameJa: 'TOMODACHIイニシアチブ', nameEn: 'TOMODACHI Initiative', kind: 'program', country: null, score: 0.7, reasons: ['youth exchange'], evidence: [], existing: false },
  { id: 'org:jussca', name: 'JUSSCA', nameJa: '日米姉妹都市協会', nameEn: 'JUSSCA', kind: 'organisation', country: 'JP', score: 0.6, reasons: ['sister-city network'], evidence: [], existing: false },
];

export interface FakeEngine extends Musubi {
  readonly calls: { method: string; args: unknown[] }[];
}

export function createFakeEngine(options: { fail?: boolean } = {}): FakeEngine {
  const calls: { method: string; args: unknown[] }[] = [];
  const record = (method: string, args: unknown[]) => {
    calls.push({ method, args });
    if (options.fail) throw new Error('engine exploded');
  };
  const summary: SummaryReply = { kind: 'summary', language: 'en', summary: 'Nothing yet.', recommendations: [], decisions: [], openQuestions: [], rejected: [], shortlist: [], warnings: [] };
  return {
    calls,
    async ask(question, opts) {
      record('ask', [question, opts]);
      return { ...CANNED_ANSWER, question };
    },
    async match(request, opts) {
      record('match', [request, opts]);
      // "More suggestions" passes what was shown: the fake honours it like the matcher does.
      const suggestions = [...CANNED_MATCHES.suggestions, ...MORE_SUGGESTIONS].filter((s) => !opts?.exclude?.includes(s.id)).slice(0, 1);
      return { ...CANNED_MATCHES, request, suggestions };
    },
    async programs(goal, opts) {
      record('programs', [goal, opts]);
      return { ...CANNED_MATCHES, request: goal };
    },
    async summarize(messages, opts) {
      record('summarize', [messages, opts]);
      return summary;
    },
    help(language) {
      return { kind: 'help', language, text: `help in ${language}` };
    },
  };
}
