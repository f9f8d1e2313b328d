import { describe, expect, it } from 'vitest';
import { redact, registerSecrets } from '../../../src/core/redact.js';
import { createStreamLogger } from '../../../src/core/logger.js';
import { MusubiError, asMusubiError } from '../../../src/core/errors.js';

describe('redact', () => {
  it('masks configured secrets wherever they appear, also URL-encoded', () => {
    const secret = 'my-own-secret/with+chars';
    expect(redact(`a ${secret} b ${encodeURIComponent(secret)}`, [secret, encodeURIComponent(secret)])).toBe('a [redacted] b [redacted]');
  });

  it('masks credential shapes nobody configured', () => {
    const text = [
      'Authorization: Bearer abcdef123456.xyz',
      'Authorization: Bot MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123',
      'token xoxb-1234-5678-abcdefgh and xapp-1-A123-456-abcdef',
      'key sk-proj-abcdefghijklmnop1234',
      'postgres://musubi:hunter2secret@127.0.0.1:5432/db',
    ].join('\n');
    const out = redact(text, []);
    for (const leaked of ['abcdef123456', 'MTIzNDU2Nzg5MDEyMzQ1Njc4', 'abcdefgh', 'abcdef', 'abcdefghijklmnop1234', 'hunter2secret']) expect(out).not.toContain(leaked);
    expect(out).toContain('Bearer [redacted]');
    expect(out).toContain('xoxb-[redacted]');
    expect(out).toContain('postgres://musubi:[redacted]@127.0.0.1:5432/db');
  });

  it('leaves ordinary text alone', () => {
    expect(redact('Bot answers about Sapporo; the token budget is spent.', [])).toBe('Bot answers about Sapporo; the token budget is spent.');
  });

  it('is applied by the logger and by every MusubiError', () => {
    registerSecrets(['zz-registered-secret-42']);
    const lines: string[] = [];
    createStreamLogger('debug', { write: (l: string) => lines.push(l) }).warn('server said zz-registered-secret-42', { body: 'Bearer qwerty12345uiop' });
    expect(lines.join('')).not.toMatch(/zz-registered-secret-42|qwerty12345/);
    expect(new MusubiError('internal', 'echo zz-registered-secret-42').message).toBe('echo [redacted]');
    expect(asMusubiError(new Error('Bearer zz-registered-secret-42')).message).not.toContain('zz-registered');
  });
});
