/** Messages between the page and the extraction Worker. */
import type { IsoDate } from '../../domain/event.ts';
import type { Recognised } from './extract-article.ts';

export interface ExtractRequest {
  type: 'extract';
  job: number;
  source: string;
  text: string;
  published: IsoDate;
}

export type ExtractResponse =
  | { type: 'progress'; job: number; stage: 'loading' | 'extracting' }
  /** Events cross the schema again on the page side: parse, don't trust a message. */
  | { type: 'done'; job: number; events: unknown[]; warnings: string[]; recognised?: Recognised }
  | { type: 'failed'; job: number; message: string };
