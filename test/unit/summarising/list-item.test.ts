/** Reading one line of Musubi's rendered list. Inputs are invented. */
import { describe, expect, it } from 'vitest';
import { listItem } from '../../../src/summarising/conversation-names.js';

describe('listItem', () => {
  it('takes a parenthesis in the other script as the same name when katakana and Latin letters sound alike', () => {
    expect(listItem('1. Brackenford (ブラッケンフォード) — a river port')!.spellings).toContain('ブラッケンフォード');
  });

  it('takes a katakana parenthesis that sounds like another name as where the item is, not as its name', () => {
    expect(listItem('2. Harvest Summit (ミラノ) — an annual fair')!.spellings).not.toContain('ミラノ');
  });

  it('keeps initials and names in scripts sound cannot compare', () => {
    expect(listItem('3. 北海技術機構 (HTO) — training')!.spellings).toContain('HTO');
    expect(listItem('4. 南浜市（남빈시）— a port city')!.spellings).toContain('남빈시');
  });
});
