/** The ChatModel port: one completion, optionally streamed. Implementations: OpenAI-compatible servers. */

export interface ChatMessageIn {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface Completion {
  readonly text: string;
  readonly tokens: number;
}

export interface ChatModel {
  complete(messages: readonly ChatMessageIn[], options?: { onDelta?: (textSoFar: string) => void; json?: boolean }): Promise<Completion>;
}
