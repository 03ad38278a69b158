/**
 * How the timeline tells event types apart: six colour families, and within a family a shape per
 * type (eighteen colours could not be told apart, least of all by a colour-blind reader). The
 * colours are CSS variables (`--f-<family>` in styles/base.css); styles/event-types.css gives each
 * type its family and shape, and styles/palette.test.ts holds it to this table.
 */
import type { EventType } from '../../dataset/vocabulary';

export type TypeShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'hexagon' | 'cross';

export interface TypeFamily {
  id: 'diplomacy' | 'statements' | 'media' | 'military' | 'measures' | 'other';
  label: string;
  types: readonly (readonly [EventType, TypeShape])[];
}

export const TYPE_FAMILIES: readonly TypeFamily[] = [
  {
    id: 'diplomacy',
    label: 'Diplomacy',
    types: [
      ['call', 'circle'],
      ['meeting', 'square'],
      ['talks', 'diamond'],
      ['summit', 'star'],
      ['diplomatic-proposal', 'triangle'],
    ],
  },
  {
    id: 'statements',
    label: 'Statements',
    types: [
      ['statement', 'circle'],
      ['briefing', 'square'],
      ['interview', 'diamond'],
      ['protest', 'triangle'],
    ],
  },
  {
    id: 'media',
    label: 'Media',
    types: [
      ['social-post', 'circle'],
      ['media-report', 'square'],
    ],
  },
  {
    id: 'military',
    label: 'Military',
    types: [
      ['troop-report', 'circle'],
      ['military-aid', 'square'],
      ['exercise', 'diamond'],
      ['military-action', 'triangle'],
      // ACLED's event types (conflict-event exports)
      ['battle', 'star'],
      ['remote-violence', 'hexagon'],
      ['violence-against-civilians', 'cross'],
    ],
  },
  {
    id: 'measures',
    label: 'Sanctions and law',
    types: [
      ['legislation', 'square'],
      ['sanctions', 'diamond'],
      ['strategic-development', 'circle'],
    ],
  },
  {
    id: 'other',
    label: 'Other',
    types: [
      ['other', 'circle'],
      ['evacuation', 'triangle'],
      ['riot', 'square'],
    ],
  },
];
