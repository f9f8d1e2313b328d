import { describe, expect, it } from 'vitest';
import { seaWish } from '../../../src/matching/matcher.js';

describe('seaWish: when a request prefers coastal partners', () => {
  it('a request that calls itself coastal is on the sea and wants the sea, whatever its place', () => {
    expect(seaWish({ coastal: true, themes: [] }, false)).toEqual({ coastal: true, wantsCoast: true });
    expect(seaWish({ coastal: true, themes: [] }, null)).toEqual({ coastal: true, wantsCoast: true });
  });

  it('a coastal place wants the sea only when the request is about its themes', () => {
    expect(seaWish({ coastal: false, themes: ['fisheries'] }, true)).toEqual({ coastal: true, wantsCoast: true });
    expect(seaWish({ coastal: false, themes: ['education'] }, true)).toEqual({ coastal: true, wantsCoast: false });
    expect(seaWish({ coastal: false, themes: ['fisheries'] }, false)).toEqual({ coastal: false, wantsCoast: false });
  });
});
