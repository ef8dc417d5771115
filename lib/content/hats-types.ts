import type { HatLens } from '../db/actions';
import type { MeetingType } from '../db/checkins';
import type { Source } from './types';

/** One of de Bono's six thinking hats, as a lens a leader looks at the meeting through. */
export interface HatsLens {
  id: string;
  lens: HatLens;
  /** The hat's colour, e.g. "White hat". */
  hat: string;
  /** What the lens looks at, e.g. "Facts". */
  name: string;
  /** The perspective the source workshop named for this hat, e.g. "logical". */
  perspective: string;
  /** One sentence on what to think about under this hat. */
  focus: string;
  source: Source;
}

/** A question for one lens, fitted to some meeting types. */
export interface HatsQuestion {
  id: string;
  lens: HatLens;
  /** Under 160 characters: read aloud at the start of a meeting. */
  text: string;
  /** Meeting types the question fits best; empty means any meeting. */
  fits: readonly MeetingType[];
  source: Source;
}

/** A "whose voice is missing?" prompt: patient partnership, or what matters to the team. */
export interface VoicePrompt {
  id: string;
  group: 'partners' | 'team';
  text: string;
  source: Source;
}
