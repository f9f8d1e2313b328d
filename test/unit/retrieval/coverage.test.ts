import { describe, expect, it } from 'vitest';
import { coverage, largestGap, type IdfSource } from '../../../src/retrieval/coverage.js';
import type { TermGroup } from '../../../src/retrieval/query-analysis.js';

const idf: IdfSource = { idf: (t) => ({ rare: 4, common: 1, asked: 2 })[t] ?? 0, maxIdf: 5 };
const group = (term: string): TermGroup => ({ label: term, alternatives: [[term]], weight: 1, critical: false }) as TermGroup;
const groups = [group('rare'), group('common'), group('asked')];

describe('coverage and the largest gap', () => {
  it('weighs each concept by how rare it is', () => {
    expect(coverage(groups, new Set(['rare', 'common', 'asked']), idf)).toBe(1);
    expect(coverage(groups, new Set(['rare']), idf)).toBeCloseTo(4 / 7);
  });

  it('gives the share of the one concept a text misses most', () => {
    expect(largestGap(groups, new Set(['rare', 'common', 'asked']), idf)).toBe(0);
    expect(largestGap(groups, new Set(['rare', 'common']), idf)).toBeCloseTo(2 / 7);
    // Missing two concepts, the gap is the larger one alone, unlike coverage.
    expect(largestGap(groups, new Set(['common']), idf)).toBeCloseTo(4 / 7);
  });
});
