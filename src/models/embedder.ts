/** The Embedder port: the offline embedder and the OpenAI one both implement it. */

export interface Embedder {
  /** Identifies the model and its settings; part of the vector-index cache key. */
  readonly id: string;
  readonly dimensions: number;
  embedDocuments(texts: readonly string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}
