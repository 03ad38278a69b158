/**
 * The wrapper's contract: what the app hands the timeline to draw, and what the timeline reports
 * back. Plain data, no vis-timeline: the app's view model (src/timelineModel/) builds these.
 */

/** A span of time in epoch milliseconds. */
export interface TimeRange {
  start: number;
  end: number;
}

/** The zone the axis follows: vis-timeline's axis is moment's, so only UTC or the viewer's zone. */
export type AxisZone = 'UTC' | 'local';

export interface TimelineLane {
  /** The lane's stable id (an item's `lane`). */
  ordinal: number;
  label: string;
}

/** One item on the timeline: an event, or a cluster of events. */
export interface ItemSpec {
  id: string;
  lane: number;
  shape: 'box' | 'range';
  start: number;
  end?: number;
  /** Class names from fixed vocabularies only (never dataset text). */
  classNames: string[];
  title: string;
  /** Short tags shown on the item: "Disputed", "Forecast", "~Feb 2022". */
  tags: string[];
  /** Full description for the tooltip and screen readers. */
  description: string;
  /** For events: the event id. For clusters: null. */
  eventId: string | null;
  cluster: { start: number; end: number; count: number } | null;
  /**
   * Changes when vis-timeline has to place the item anew: its lane, shape, extent and classes, and
   * for a box also its text (a box is as wide and tall as its text). The timeline replaces such an
   * item and updates any other in place.
   */
  layoutKey: string;
  /** Changes when anything shown in the item changes. */
  contentKey: string;
}
