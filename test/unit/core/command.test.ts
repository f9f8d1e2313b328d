import { describe, expect, it } from 'vitest';
import { cleanUserText, codePointLength, MAX_INPUT_CHARS, validateUserText } from '../../../src/core/command.js';

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
