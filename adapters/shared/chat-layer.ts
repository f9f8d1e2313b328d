/**
 * The one command layer every adapter uses: turns what a person typed (or which button they
 * pressed) into an engine call and a `ChatReply` with an id, and records what Musubi said and
 * suggested so buttons and summaries read data, not rendered text. Platform-free: adapters
 * pass closures that read their platform's thread or channel.
 */
import {
  asMusubiError,
  detectLanguage,
  parseCommand,
  refinesRequest,
  type ChannelScope,
  type ChatMessage,
  type ChatReply,
  type ConversationTurn,
  type Language,
  type Musubi,
  type MusubiStore,
  type ParsedCommand,
  type RecordedSuggestion,
  type ReplyRecord,
  type Suggestion,
  type SuggestionKind,
} from '../../src/index.js';
import { parseActionId } from './actions.js';

export interface ChatLayerDeps {
  readonly engine: Musubi;
  readonly store: MusubiStore;
  /** Reply ids; injectable so tests are deterministic. */
  readonly newId?: () => string;
  readonly now?: () => Date;
}

export interface ChatRequest {
  /** What the person typed, mentions removed. */
  readonly text: string;
  /** Already parsed by the platform (Discord's `/match request:`); otherwise `text` is parsed. */
  readonly command?: ParsedCommand;
  /** The text came through a command surface (Slack's `/musubi`). */
  readonly commandSurface?: boolean;
  readonly scope: ChannelScope;
  /** Earlier turns of the thread or session, oldest first (read only for questions). */
  readonly context?: () => Promise<readonly ConversationTurn[]>;
  /** The thread or channel's messages, oldest first (read only for `summary`). */
  readonly conversation?: () => Promise<readonly ChatMessage[]>;
  readonly onPartial?: (textSoFar: string) => void;
  /**
   * Platform message ids of the thread or session so far: when the latest Musubi reply among them
   * was a list of suggestions, a follow-up like "What about smaller towns in Oregon?" refines that
   * request instead of searching the reports.
   */
  readonly threadMessageIds?: () => Promise<readonly string[]>;
  readonly country?: string;
  readonly kind?: SuggestionKind;
}

export interface ChatResult {
  /** Every reply has an id: the buttons carry it and its record is stored under it. */
  readonly id: string;
  readonly reply: ChatReply;
  readonly command: ParsedCommand;
  /** The record to store once the reply is posted (`messageIds` filled by `recordPosted`). */
  readonly record: ReplyRecord;
}

/** Short, sortable, URL-safe ids: fit in a Discord custom id with room for the action. */
export function defaultReplyId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function errorReply(language: Language, error: unknown): ChatReply {
  const e = asMusubiError(error);
  // A coded error says what to do; an unexpected one says sorry and never shows its internals.
  const text =
    e.code !== 'internal'
      ? e.message
      : language === 'ja'
        ? '申し訳ありません、うまく処理できませんでした。もう一度試すか、help と入力してください。'
        : 'Sorry — something went wrong. Please try again, or type help.';
  return { kind: 'error', language, text, code: e.code };
}

const recorded = (s: Suggestion): RecordedSuggestion => ({ id: s.id, name: s.name, nameJa: s.nameJa, nameEn: s.nameEn, kind: s.kind, country: s.country, existing: s.existing, reason: s.reasons[0] ?? null });

function recordOf(id: string, command: string, reply: ChatReply, at: Date, previous?: ReplyRecord, options: { country?: string | null; kind?: SuggestionKind | null } = {}): ReplyRecord {
  const suggestions = reply.kind === 'matches' ? reply.suggestions.map(recorded) : [];
  const request = reply.kind === 'matches' ? reply.request : reply.kind === 'answer' || reply.kind === 'no-answer' || reply.kind === 'sources' ? reply.question : '';
  return {
    id,
    kind: reply.kind,
    command,
    request,
    messageIds: [],
    at: at.toISOString(),
    suggestions,
    shown: [...new Set([...(previous?.shown ?? []), ...suggestions.map((s) => s.id)])],
    passages: reply.kind === 'answer' || reply.kind === 'no-answer' ? reply.passages.map((p) => ({ report: p.report, title: p.title, page: p.page, text: p.text })) : [],
    country: options.country ?? previous?.country ?? null,
    wantedKind: options.kind ?? previous?.wantedKind ?? null,
  };
}

/** Builds the suggestions a summary reads from a recorded reply (the record keeps no scores). */
export function suggestionsOf(record: ReplyRecord): Suggestion[] {
  return record.suggestions.map((s) => ({ ...s, score: 0, reasons: s.reason ? [s.reason] : [], evidence: [] }));
}

/**
 * Attaches Musubi's recorded suggestions to its own messages (matched by platform message id),
 * so the summariser reads them as data. Messages that already carry suggestions are kept.
 */
export function attachRecords(messages: readonly ChatMessage[], records: readonly ReplyRecord[], messageIdOf: (m: ChatMessage) => string | undefined): ChatMessage[] {
  const byMessage = new Map<string, ReplyRecord>();
  for (const r of records) for (const id of r.messageIds) byMessage.set(id, r);
  return messages.map((m) => {
    if (!m.isMusubi || m.suggestions?.length) return m;
    const id = messageIdOf(m);
    const record = id ? byMessage.get(id) : undefined;
    if (!record) return m;
    return { ...m, replyKind: record.kind, ...(record.suggestions.length ? { suggestions: suggestionsOf(record) } : {}) };
  });
}

export function createChatLayer({ engine, store, newId = defaultReplyId, now = () => new Date() }: ChatLayerDeps) {
  async function run(command: ParsedCommand & { unknown?: string }, request: ChatRequest, language: Language): Promise<ChatReply> {
    const workspace = request.scope.workspace;
    if (command.unknown) {
      return {
        kind: 'error',
        language,
        code: 'input_unusable',
        text:
          language === 'ja'
            ? `/${command.unknown} というコマンドはありません。help でコマンド一覧を表示します（質問はそのまま入力してください）。`
            : `There is no /${command.unknown} command. Type help for the commands; type a question as plain text.`,
      };
    }
    switch (command.name) {
      case 'help':
        return engine.help(language);
      case 'match':
        return engine.match(command.text, { workspace, country: request.country, kind: request.kind });
      case 'programs':
        return engine.programs(command.text, { workspace, country: request.country });
      case 'summary':
        return engine.summarize((await request.conversation?.()) ?? [], { scope: request.scope });
      case 'shortlist':
        return { kind: 'shortlist', language, entries: await store.listShortlist(request.scope), notice: null, warnings: [] };
      case 'ask':
        return engine.ask(command.text, { context: (await request.context?.()) ?? [], workspace, onPartial: request.onPartial });
    }
  }

  /** A plain follow-up to a list of suggestions refines that request ("…, what about Oregon?"). */
  async function withThreadRequest(command: ParsedCommand & { unknown?: string }, request: ChatRequest): Promise<ParsedCommand & { unknown?: string }> {
    if (command.explicit || command.name !== 'ask' || command.unknown || !request.threadMessageIds || !refinesRequest(command.text)) return command;
    const ids = new Set(await request.threadMessageIds());
    if (!ids.size) return command;
    const records = await store.listReplies(request.scope);
    const latest = [...records].reverse().find((r) => r.messageIds.some((id) => ids.has(id)));
    if (!latest || latest.kind !== 'matches' || !latest.request) return command;
    return { name: latest.command === 'programs' ? 'programs' : 'match', text: `${latest.request} ${command.text}`, explicit: false };
  }

  return {
    /** Answers one message or command; never throws (a failure is an `error` reply). */
    async handle(request: ChatRequest): Promise<ChatResult> {
      let command = request.command ?? parseCommand(request.text, { commandSurface: request.commandSurface });
      const language = detectLanguage(command.text || request.text);
      let reply: ChatReply;
      try {
        command = await withThreadRequest(command, request);
        reply = await run(command, request, language);
      } catch (error) {
        reply = errorReply(language, error);
      }
      const id = newId();
      return { id, reply, command, record: recordOf(id, command.name, reply, now(), undefined, { country: request.country, kind: request.kind }) };
    },

    /** Stores the record of a posted reply with its platform message ids (failures are the caller's to log). */
    async recordPosted(scope: ChannelScope, result: ChatResult, messageIds: readonly string[]): Promise<void> {
      await store.recordReply(scope, { ...result.record, messageIds: messageIds.filter(Boolean) });
    },

    /**
     * Handles a button press. `ephemeral` results go only to the presser (feedback, shortlist,
     * sources); `More suggestions` is posted for the channel.
     */
    async press(customId: string, press: { scope: ChannelScope; user: string; messageLink: string | null; language?: Language }): Promise<{ result: ChatResult; ephemeral: boolean } | null> {
      const action = parseActionId(customId);
      if (!action) return null;
      const language = press.language ?? 'en';
      const { scope, user } = press;
      const wrap = (reply: ChatReply, command: string, previous?: ReplyRecord): ChatResult => {
        const id = newId();
        return { id, reply, command: { name: 'ask', text: '', explicit: true }, record: recordOf(id, command, reply, now(), previous) };
      };
      try {
        if (action.action === 'rm') {
          const removed = await store.removeFromShortlist(scope, Number(action.arg));
          const entries = await store.listShortlist(scope);
          const notice = removed ? (language === 'ja' ? '候補リストから削除しました。' : 'Removed from the shortlist.') : language === 'ja' ? 'その項目はすでに削除されています。' : 'That entry was already removed.';
          return { result: wrap({ kind: 'shortlist', language, entries, notice, warnings: [] }, 'shortlist'), ephemeral: true };
        }
        const record = (await store.listReplies(scope)).find((r) => r.id === action.replyId);
        if (!record) {
          const text = language === 'ja' ? 'この返信の記録が見つかりません（古すぎるか、別のチャンネルです）。もう一度質問してください。' : 'I no longer have the record of that reply (too old, or another channel). Please ask again.';
          return { result: wrap({ kind: 'notice', language, text }, 'notice'), ephemeral: true };
        }
        const lang: Language = record.request ? detectLanguage(record.request) : language;
        switch (action.action) {
          case 'up':
          case 'down':
            await store.recordFeedback(scope, { target: record.id, targetKind: 'answer', vote: action.action, user });
            return { result: wrap({ kind: 'notice', language: lang, text: lang === 'ja' ? 'フィードバックありがとうございます。' : 'Thanks for the feedback!' }, 'notice'), ephemeral: true };
          case 'src':
            return { result: wrap({ kind: 'sources', language: lang, question: record.request, passages: record.passages, warnings: [] }, 'sources'), ephemeral: true };
          case 'add': {
            const s = record.suggestions[Number(action.arg)];
            if (!s) return { result: wrap({ kind: 'notice', language: lang, text: lang === 'ja' ? 'その候補は見つかりません。' : 'That suggestion is not in the reply.' }, 'notice'), ephemeral: true };
            const entry = await store.addToShortlist(scope, { suggestion: s.name, suggestionId: s.id, addedBy: user, messageLink: press.messageLink });
            const entries = await store.listShortlist(scope);
            return { result: wrap({ kind: 'shortlist', language: lang, entries, notice: lang === 'ja' ? `候補リストに追加しました: ${entry.suggestion}` : `Added to the shortlist: ${entry.suggestion}`, warnings: [] }, 'shortlist'), ephemeral: true };
          }
          case 'more': {
            const options = { exclude: record.shown, workspace: scope.workspace, country: record.country ?? undefined, kind: record.wantedKind ?? undefined };
            const reply = record.command === 'programs' ? await engine.programs(record.request, options) : await engine.match(record.request, options);
            return { result: wrap(reply, record.command, record), ephemeral: false };
          }
        }
      } catch (error) {
        return { result: wrap(errorReply(language, error), 'error'), ephemeral: true };
      }
    },
  };
}

export type ChatLayer = ReturnType<typeof createChatLayer>;
