/** Article-level memory of actors, for coreference and for the countries the article is about. */
import type { Actor } from '../src/domain/event.ts';

/** Article-level memory for coreference and for the countries the article is about. */
export class ActorMemory {
  readonly bySurname = new Map<string, Actor>();
  readonly byFullName = new Map<string, Actor>();
  readonly forces: Actor[] = [];
  /** armed groups named so far ("M23 rebels"), for "the rebels" */
  readonly groups: Actor[] = [];
  /** committees, ministries, councils named so far, for "the committee", "the ministry" */
  readonly institutions: Actor[] = [];
  readonly countryCounts = new Map<string, number>();

  readonly persons: Actor[] = [];

  rememberPerson(a: Actor, written: string): void {
    if (!this.persons.some((p) => p.name === a.name)) this.persons.push(a);
    const words = a.name.split(/\s+/);
    const last = words[words.length - 1]?.toLowerCase();
    if (last && last.length > 2) this.bySurname.set(last, a);
    // some names are used by their first word ("Abiy" for Abiy Ahmed)
    const first = words[0]?.toLowerCase();
    if (first && first.length > 3 && words.length > 1 && !this.bySurname.has(first))
      this.bySurname.set(first, a);
    const writtenLast = written.split(/\s+/).pop()?.toLowerCase();
    if (writtenLast && writtenLast.length > 2) this.bySurname.set(writtenLast, a);
    this.byFullName.set(written.toLowerCase(), a);
  }
  /** topCountries() until the next countCountry: the actor stage asks for it at every "the". */
  private ranked: string[] | undefined;

  countCountry(code: string): void {
    this.countryCounts.set(code, (this.countryCounts.get(code) ?? 0) + 1);
    this.ranked = undefined;
  }
  /** Countries by how often the article names them, most first (ties by code). */
  topCountries(): string[] {
    if (!this.ranked) {
      const ranked: string[] = [];
      for (const [c] of [...this.countryCounts.entries()].sort(
        (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
      ))
        ranked.push(c);
      this.ranked = ranked;
    }
    // a copy made by one loop into one literal: slice() keeps the source's array shape (an empty
    // list has another), and the callers were deoptimised for it
    const out: string[] = [];
    for (const c of this.ranked) out.push(c);
    return out;
  }
}
