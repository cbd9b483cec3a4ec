/** One neutral sentence from an event's structured fields (never copied from the article). */
import { formatDay } from '../src/domain/dates.ts';
import type { Actor, Category, ContactMode, EventDate, Location } from '../src/domain/event.ts';

export interface SummaryInput {
  category: Category;
  date: EventDate;
  location?: Location | null;
  actors: Actor[];
  fatalities?: number;
  mode?: ContactMode;
  measure?: string;
}

function when(d: EventDate): string {
  switch (d.precision) {
    case 'day':
      return `on ${formatDay(d.start)}`;
    case 'range':
      return `between ${formatDay(d.start)} and ${formatDay(d.end ?? d.start)}`;
    case 'approximate':
      return `around ${formatDay(d.start)}`;
    case 'before':
      return `on or before ${formatDay(d.start)}`;
  }
}

/** "A", "A and B", "A, B and C" (a loop: the map/slice/join arrays deoptimised this hot path). */
function names(actors: Actor[]): string {
  if (actors.length === 0) return '';
  let s = actors[0]!.name;
  for (let k = 1; k < actors.length; k++) s += (k === actors.length - 1 ? ' and ' : ', ') + actors[k]!.name;
  return s;
}

const MODE_WORDS: Record<ContactMode, string> = {
  phone: 'spoke by phone',
  hotline: 'spoke over the hotline',
  meeting: 'met',
  visit: 'held talks during a visit',
  video: 'held a video call',
  message: 'exchanged messages',
};

const MEASURE_WORDS: Record<string, string> = {
  suspend: 'suspension',
  expel: 'expulsion',
  close: 'closure',
  ban: 'ban',
  cancel: 'cancellation',
  halt: 'halt',
  downgrade: 'downgrading of ties',
  impose: 'restriction',
  reopen: 'reopening or lifting of a measure',
};

export function summarize(e: SummaryInput): string {
  const where = e.location
    ? ` ${e.location.precision === 'region' ? 'in the' : 'in'} ${e.location.name}`
    : '';
  const by = e.actors.length ? names(e.actors) : '';
  const dead = e.fatalities !== undefined ? `, with ${e.fatalities} reported killed` : '';
  const date = when(e.date);
  let s: string;
  switch (e.category) {
    case 'attack':
      s = `Attack${where}${by ? ` involving ${by}` : ''} ${date}${dead}`;
      break;
    case 'armed_clash':
      s = `Exchange of fire${where}${by ? ` involving ${by}` : ''} ${date}${dead}`;
      break;
    case 'strike':
      s = `Strike${where}${by ? ` involving ${by}` : ''} ${date}${dead}`;
      break;
    case 'military_posture':
      s = `Military deployment or alert${where}${by ? ` by ${by}` : ''} ${date}`;
      break;
    case 'diplomatic_contact':
      s = `${by || 'Officials'} ${MODE_WORDS[e.mode ?? 'meeting']}${where} ${date}`;
      break;
    case 'statement':
      s = `Public statement${by ? ` by ${by}` : ''} ${date}`;
      break;
    case 'policy_measure':
      s = `Policy measure (${MEASURE_WORDS[e.measure ?? ''] ?? 'state measure'})${by ? ` by ${by}` : ''}${where} ${date}`;
      break;
    case 'agreement':
      s = `Agreement${by ? ` between ${by}` : ''} ${date}`;
      break;
    default: {
      const never: never = e.category;
      throw new Error(`unknown category ${String(never)}`);
    }
  }
  return `${s}.`;
}
