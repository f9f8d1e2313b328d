import { describe, expect, it } from 'vitest';
import { meaningOf, toReactions } from '../../../adapters/shared/reactions.js';

describe('reactions', () => {
  it('maps Slack names and Discord emoji, skin tones included, and drops the rest', () => {
    expect(['white_check_mark', '✅', '+1::skin-tone-3', '👍🏽', '-1', '❌', 'tada'].map(meaningOf)).toEqual(['approve', 'approve', 'support', 'support', 'object', 'object', null]);
    expect(toReactions([{ name: '+1', users: ['U1', 'U2'], count: 2 }, { name: 'thumbsup', users: ['U2'], count: 1 }, { name: 'eyes', count: 4 }])).toEqual([{ meaning: 'support', users: ['U1', 'U2'], count: 3 }]);
  });
});
