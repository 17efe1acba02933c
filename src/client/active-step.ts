// Which step is active is a function of geometry alone: the last step whose top has passed the trigger line.
// Called after any scroll event, resize, load or anchor jump, so no sequence of events can leave a stale state.

/**
 * @param tops    each step's top edge, in viewport pixels, in document order
 * @param trigger the trigger line, in viewport pixels from the top
 * @returns the index of the active step; before the first step reaches the line, the first step
 */
export function activeStepIndex(tops: readonly number[], trigger: number): number {
  let active = 0;
  for (let i = 0; i < tops.length; i++) if (tops[i]! <= trigger) active = i;
  return active;
}

/** The trigger line as a fraction of the viewport height: lower on a phone, where the graphic fills the top. */
export function triggerFraction(viewportWidth: number): number {
  return viewportWidth < 800 ? 0.75 : 0.5;
}
