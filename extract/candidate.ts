/** The unit that flows between stages: an event in the making, with its evidence spans. */
import type { Actor, Category, ContactMode, DatePrecision, IsoDate, Location } from '../src/domain/event.ts';

export interface Span {
  start: number;
  end: number;
}

export interface CandidateDate {
  start: IsoDate;
  end?: IsoDate;
  precision: DatePrecision;
}

export interface Candidate {
  category: Category;
  /** absolute span of the cue that triggered it */
  cue: Span;
  sentenceIndex: number;
  paragraph: number;
  date: CandidateDate;
  /** the date was stated for this event (not defaulted or inherited) */
  dateStated: boolean;
  /** the date rests on a relative expression that had no publication date to resolve against */
  dateUnresolved: boolean;
  location: Location | null;
  actors: Actor[];
  /** who spoke, for statements */
  speaker?: Actor;
  /** the speaker is a state named as such ("India accused Pakistan ..."), not a person or an office */
  speakerIsState?: boolean;
  /** country of the actor nearest before the cue: who took a measure */
  subjectCountry?: string;
  mode?: ContactMode;
  measure?: string;
  /** a measure told in the passive ("were declared persona non grata"): its author is told elsewhere */
  passive?: boolean;
  /** told as one more of the same ("Shelling was also reported from Rajouri"): its actors are the last one's */
  also?: boolean;
  fatalities?: number;
  /** its place is one of a list of the event's places ("Dashkesan, Kalbajar and Lachin") */
  listed?: boolean;
  statements: string[];
  /** mentioned as the topic of talk: may add evidence to an event, never makes one */
  topic: boolean;
  evidence: Span[];
}
