/** The help text every adapter shows for `help`. */
import type { Language } from '../core/types.js';

export const HELP_TEXT: Record<Language, string> = {
  en: [
    'Musubi answers questions about five reports on subnational diplomacy and sister cities, in English or Japanese, with citations.',
    'Just type: a question about the reports is answered, a request for partners or programs is matched.',
    'Commands (start with a slash):',
    '  /ask <question>      — a question about the reports',
    '  /match <request>     — counterpart cities, organisations and programs for your goal',
    '  /programs <goal>     — programs and organisations that fit a goal',
    '  /summary             — what this thread or channel suggested, decided and left open',
    '  /shortlist           — the candidates your team kept',
    '  /help                — this message',
    'Example: How did Rikuzentakata and Crescent City become sister cities?',
  ].join('\n'),
  ja: [
    'Musubi は、サブナショナル外交・姉妹都市に関する5つの報告書について、日本語または英語で出典つきで答えます。',
    'そのまま入力してください。報告書への質問には回答し、相手都市やプログラムを探す依頼には提案を返します。',
    'コマンド（スラッシュで始めます）:',
    '  /ask <質問>        — 報告書についての質問',
    '  /match <依頼>      — 目的に合う相手都市・団体・プログラムの提案',
    '  /programs <目的>   — 目的に合うプログラムと団体',
    '  /summary           — このスレッド/チャンネルで出た提案・決定事項・未決事項のまとめ',
    '  /shortlist         — チームが残した候補の一覧',
    '  /help              — このメッセージ',
    '例: 陸前高田市とクレセントシティの交流はどうやって始まったの？',
  ].join('\n'),
};
