/**
 * Reading articles from disk for the CLIs: a .txt file or a folder of them, strict UTF-8, an
 * optional sidecar NAME.meta.json validated with zod. Every problem is a message naming the file;
 * one bad file never stops the others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { IsoDateSchema, type IsoDate } from '../src/domain/event.ts';

export const SidecarSchema = z.object({
  published: IsoDateSchema.optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  url: z.url().optional(),
});
export type Sidecar = z.infer<typeof SidecarSchema>;

export interface ArticleFile {
  path: string;
  name: string;
  text: string;
  published?: IsoDate;
  meta?: Sidecar;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Expand PATH arguments into .txt files, sorted by name so output order never depends on the disk. */
export function listArticles(paths: string[], problems: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      problems.push(`${p}: cannot read (${(e as Error).message})`);
      continue;
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p)
        .filter((f) => f.endsWith('.txt'))
        .sort())
        out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

export function readArticle(path: string, problems: string[]): ArticleFile | undefined {
  const name = basename(path);
  let text: string;
  try {
    const bytes = readFileSync(path);
    text = decoder.decode(bytes);
  } catch (e) {
    const msg = e instanceof TypeError ? 'not valid UTF-8 text' : `cannot read (${(e as Error).message})`;
    problems.push(`${path}: ${msg}`);
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    problems.push(`${path}: empty file`);
    return undefined;
  }
  if (text.includes('\u0000')) {
    problems.push(`${path}: binary data, not an article`);
    return undefined;
  }
  const metaPath = path.replace(/\.txt$/, '') + '.meta.json';
  let meta: Sidecar | undefined;
  let raw: string | undefined;
  try {
    raw = readFileSync(metaPath, 'utf8');
  } catch {
    raw = undefined;
  }
  if (raw !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      problems.push(
        `${metaPath}: sidecar is not valid JSON (${(e as Error).message}); ${name} is read without it`,
      );
    }
    if (json !== undefined) {
      const parsed = SidecarSchema.safeParse(json);
      if (parsed.success) meta = parsed.data;
      else
        problems.push(
          `${metaPath}: bad sidecar: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}; ${name} is read without it`,
        );
    }
  }
  return {
    path,
    name,
    text,
    ...(meta?.published ? { published: meta.published } : {}),
    ...(meta ? { meta } : {}),
  };
}
