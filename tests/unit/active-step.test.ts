import { describe, expect, it } from 'vitest';
import { activeStepIndex, triggerFraction } from '../../src/client/active-step';

describe('activeStepIndex', () => {
  it('is the first step before any step reaches the trigger line', () => {
    expect(activeStepIndex([900, 1600, 2300], 400)).toBe(0);
  });
  it('is the last step whose top has passed the line', () => {
    expect(activeStepIndex([-900, 120, 800], 400)).toBe(1);
    expect(activeStepIndex([-2000, -1200, -300], 400)).toBe(2);
  });
  it('counts a top exactly on the line as passed', () => {
    expect(activeStepIndex([-100, 400, 900], 400)).toBe(1);
  });
  it('depends only on geometry: a jump straight to the end gives the last step', () => {
    const tops = [-5000, -4000, -3000, -2000, 100];
    expect(activeStepIndex(tops, 400)).toBe(4);
  });
});

describe('triggerFraction', () => {
  it('sits lower on a phone than on a desktop', () => {
    expect(triggerFraction(390)).toBeGreaterThan(triggerFraction(1280));
  });
});
