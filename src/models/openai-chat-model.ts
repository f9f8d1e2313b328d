/**
 * ChatModel and Embedder over any OpenAI-compatible server (OpenAI, Ollama, vLLM, LM Studio),
 * with a timeout and bounded retries (the client honours 429 Retry-After). Token usage is
 * logged per request; the key and the prompt never are.
 */
import OpenAI from 'openai';
import type { Config } from '../config/config.js';
import type { Logger } from '../core/logger.js';
import type { ChatMessageIn, ChatModel, Completion } from './chat-model.js';
import type { Embedder } from './embedder.js';

type OpenAIConfig = NonNullable<Config['openai']>;

export function createOpenAIClient(config: OpenAIConfig): OpenAI {
  return new OpenAI({ apiKey: config.apiKey, baseURL: config.baseUrl, timeout: config.timeoutMs, maxRetries: config.maxRetries });
}

export function createOpenAIChatModel(client: OpenAI, config: OpenAIConfig, logger: Logger): ChatModel {
  return {
    async complete(messages: readonly ChatMessageIn[], options = {}): Promise<Completion> {
      const started = performance.now();
      if (options.onDelta) {
        const stream = await client.chat.completions.create({ model: config.chatModel, messages: [...messages], stream: true, temperature: 0, stream_options: { include_usage: true }, ...(options.json ? { response_format: { type: 'json_object' as const } } : {}) });
        let text = '';
        let tokens = 0;
        for await (const chunk of stream) {
          const delta = chunk.choices[0]?.delta?.content ?? '';
          if (delta) {
            text += delta;
            options.onDelta(text);
          }
          if (chunk.usage) tokens = chunk.usage.total_tokens;
        }
        logger.info('openai: completion', { model: config.chatModel, tokens, ms: Math.round(performance.now() - started), streamed: true });
        return { text, tokens };
      }
      const response = await client.chat.completions.create({ model: config.chatModel, messages: [...messages], temperature: 0, ...(options.json ? { response_format: { type: 'json_object' as const } } : {}) });
      const tokens = response.usage?.total_tokens ?? 0;
      logger.info('openai: completion', { model: config.chatModel, tokens, ms: Math.round(performance.now() - started) });
      return { text: response.choices[0]?.message?.content ?? '', tokens };
    },
  };
}

/** Embeddings in batches; vectors normalised so cosine distance behaves. */
export function createOpenAIEmbedder(client: OpenAI, config: OpenAIConfig, dimensions: number, batchSize = 64): Embedder {
  const normalise = (v: number[]) => {
    const n = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
    return v.map((x) => x / n);
  };
  const embed = async (texts: readonly string[]) => {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += batchSize) {
      const response = await client.embeddings.create({ model: config.embeddingModel, input: texts.slice(i, i + batchSize) as string[] });
      out.push(...response.data.sort((a, b) => a.index - b.index).map((d) => normalise(d.embedding)));
    }
    return out;
  };
  return {
    id: `openai:${config.baseUrl ?? 'api.openai.com'}:${config.embeddingModel}:${dimensions}`,
    dimensions,
    embedDocuments: embed,
    embedQuery: async (text) => (await embed([text]))[0]!,
  };
}
