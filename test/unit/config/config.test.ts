import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';

describe('loadConfig', () => {
  it('gives offline defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.slack).toBeUndefined();
    expect(c.discord).toBeUndefined();
    expect(c.openai).toBeUndefined();
    expect(c.knowledgeDir).toBe('knowledge');
    expect(Object.isFrozen(c)).toBe(true);
  });
  it('names the variable in a one-line error', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Configuration error: PORT must be a whole number/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'abc' })).toThrow(/SLACK_BOT_TOKEN must be a bot token starting with xoxb-/);
    expect(() => loadConfig({ SLACK_API_URL: 'not a url', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_API_URL/);
    expect(() => loadConfig({ DISCORD_TOKEN: 't' })).toThrow(/DISCORD_APPLICATION_ID is required/);
  });
  it('requires a Slack receiver secret with the bot token', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_APP_TOKEN.*SLACK_SIGNING_SECRET/);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe('xapp-1');
  });
  it('reads OpenAI settings only with a key', () => {
    const c = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' });
    expect(c.openai?.baseUrl).toBe('http://127.0.0.1:11434/v1');
    expect(c.openai?.timeoutMs).toBe(20000);
  });
});
