/**
 * The CSS variable holding the height of the phone's summary bar at the bottom of the screen (unset
 * where there is none): the step's sticky Back and Next sit just above it.
 */
export const SUMMARY_BAR_HEIGHT = "--summary-bar-height";
