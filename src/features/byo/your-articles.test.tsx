// @vitest-environment jsdom
/**
 * The "Your articles" panel by role, with the Worker replaced by a stub (jsdom has none) and the
 * in-memory store (jsdom has no IndexedDB): dates are asked for, bad input only produces a
 * message, duplicates are noticed, an article with no events is explained, removal works.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrisisEvent, EventId, IsoDate } from '../../domain/event.ts';
import type { ExtractOutcome } from './extract-client.ts';
import { YourArticles } from './your-articles.tsx';

const extractInWorker =
  vi.fn<(a: { source: string; text: string; published: IsoDate }) => Promise<ExtractOutcome>>();

// The stub keeps the pending job's reject so that Cancel can end it, as terminating the Worker does.
const cancel = vi.hoisted(() => ({ current: undefined as undefined | (() => void) }));

vi.mock('./extract-client.ts', () => {
  class ExtractionCancelled extends Error {}
  return {
    extractInWorker: (
      a: { source: string; text: string; published: IsoDate },
      onStage: (s: string) => void,
    ) => {
      onStage('extracting');
      return new Promise((resolve, reject) => {
        cancel.current = () => reject(new ExtractionCancelled('Extraction cancelled.'));
        extractInWorker(a).then(resolve, reject);
      });
    },
    cancelExtraction: () => cancel.current?.(),
    ExtractionCancelled,
  };
});

function clash(source: string, text: string): CrisisEvent {
  const quote = text.slice(0, 12);
  return {
    id: `ev-${source}` as EventId,
    category: 'armed_clash',
    date: { start: '2025-05-07' as IsoDate, precision: 'day' },
    location: { name: 'Rajouri', country: 'IN', lat: 33.38, lon: 74.31, precision: 'point' },
    actors: [],
    summary: 'Exchange of fire in Rajouri.',
    evidence: [{ source, quote, start: 0, end: quote.length }],
    origins: ['user'],
  };
}

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onOpenSource = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <YourArticles viewEvents={[]} view={{ actors: [], categories: [] }} onOpenSource={onOpenSource} />
    </QueryClientProvider>,
  );
  return { onOpenSource };
}

const status = () => screen.getByRole('status');
const added = () => screen.queryByRole('list', { name: 'Articles you added' });

let n = 0;
beforeEach(() => {
  n += 1;
  extractInWorker.mockReset();
  extractInWorker.mockImplementation(async (a) => ({
    events: [clash(a.source, a.text)],
    warnings: [],
    rejected: 0,
  }));
});

async function paste(text: string, opts: { title?: string; date?: string } = {}) {
  const user = userEvent.setup();
  const summary = screen.getByText('Paste text instead');
  if (!summary.closest('details')?.open) await user.click(summary);
  if (opts.title) await user.type(screen.getByLabelText('Title (optional)'), opts.title);
  await user.click(screen.getByLabelText('Article text'));
  await user.paste(text);
  if (opts.date) await user.type(screen.getByLabelText('Publication date'), opts.date);
  await user.click(screen.getByRole('button', { name: 'Extract events' }));
  return user;
}

describe('YourArticles', () => {
  it('asks for a publication date when pasted text has no dateline, and extracts nothing', async () => {
    renderPanel();
    await paste(`Firing in Rajouri on Tuesday night ${n}.`);
    expect(await screen.findByText(/has no dateline/)).toBeInTheDocument();
    expect(screen.getByLabelText('Publication date')).toHaveFocus();
    expect(extractInWorker).not.toHaveBeenCalled();
  });

  it('extracts pasted text with the date field and lists the article', async () => {
    renderPanel();
    await paste(`Firing in Rajouri ${n}.`, { title: 'Night report', date: '2025-05-08' });
    await within(status()).findByText(/“Night report”: 1 event added \(published 8 May 2025\)/);
    expect(extractInWorker).toHaveBeenCalledWith(expect.objectContaining({ published: '2025-05-08' }));
    expect(extractInWorker.mock.calls[0]![0].source).toMatch(/^user:[a-z0-9]+:Night report$/);
    expect(within(added()!).getByText('Night report')).toBeInTheDocument();
  });

  it('uses the dateline of pasted text, and notices the same text added twice', async () => {
    renderPanel();
    const text = `date 2025-05-08 Shelling in Poonch ${n}.`;
    await paste(text, { title: 'Poonch' });
    await within(status()).findByText(/“Poonch”: 1 event added/);
    await paste(text, { title: 'Again' });
    expect(await screen.findByText(/already added \(as “Poonch”\)/)).toBeInTheDocument();
    expect(extractInWorker).toHaveBeenCalledTimes(1);
  });

  it('asks for the date of a file without a dateline; refuses a future day; "Don’t add it" adds nothing', async () => {
    renderPanel();
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText(/Add articles/),
      new File([`Firing in Uri ${n}.`], 'uri.txt', { type: 'text/plain' }),
    );
    const form = await screen.findByRole('form', { name: 'When was “uri.txt” published?' });
    const field = within(form).getByLabelText('Publication date');
    expect(field).toHaveFocus();
    await user.type(field, '2999-01-01');
    await user.click(within(form).getByRole('button', { name: 'Extract events' }));
    expect(await within(form).findByText(/is in the future/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Don’t add it' }));
    await within(status()).findByText('“uri.txt” was not added: it needs a publication date.');
    expect(extractInWorker).not.toHaveBeenCalled();
  });

  it('refuses binary and empty files with a message each', async () => {
    renderPanel();
    const user = userEvent.setup({ applyAccept: false });
    const input = screen.getByLabelText(/Add articles/);
    await user.upload(input, [
      new File([new Uint8Array([0x25, 0x00, 0x01])], 'scan.pdf'),
      new File([], 'empty.txt'),
    ]);
    await within(status()).findByText(/“scan.pdf” is not a plain-text file/);
    await within(status()).findByText(/“empty.txt” is empty/);
    expect(extractInWorker).not.toHaveBeenCalled();
  });

  it('explains an article with no events by what was recognised, and keeps nothing', async () => {
    extractInWorker.mockResolvedValueOnce({
      events: [],
      warnings: [],
      rejected: 0,
      recognised: { dates: ['“on Tuesday” (6 May 2025)'], places: ['Srinagar'], actors: [] },
    });
    renderPanel();
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText(/Add articles/),
      new File([`date 2025-05-08 Quiet day in Srinagar ${n}.`], 'quiet.txt'),
    );
    const msg = await within(status()).findByText(
      /No events found in “quiet.txt” — here is what was recognised/,
    );
    const item = msg.closest('li')!;
    expect(item).toHaveTextContent('Places: Srinagar');
    expect(item).toHaveTextContent('Dates: “on Tuesday” (6 May 2025)');
    expect(item).toHaveTextContent('Actors: none');
    expect(added() === null || within(added()!).queryByText('quiet.txt') === null).toBe(true);
  });

  it('removes an article and opens its text in the source viewer', async () => {
    const { onOpenSource } = renderPanel();
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText(/Add articles/),
      new File([`date 2025-05-08 Drones over Jammu ${n}.`], 'jammu.txt'),
    );
    await within(status()).findByText(/“jammu.txt”: 1 event added/);
    await user.click(screen.getByRole('button', { name: 'View text of “jammu.txt”' }));
    expect(onOpenSource).toHaveBeenCalledWith(expect.stringMatching(/^user:[a-z0-9]+:jammu\.txt$/), 0);
    await user.click(screen.getByRole('button', { name: 'Remove “jammu.txt”' }));
    await within(status()).findByText('Removed “jammu.txt” and its 1 event.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove “jammu.txt”' })).toBeNull());
  });

  it('shows progress while extracting, and Cancel stops it without adding anything', async () => {
    extractInWorker.mockImplementationOnce(() => new Promise(() => {}));
    renderPanel();
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText(/Add articles/),
      new File([`date 2025-05-08 Long report ${n}.`], 'long.txt'),
    );
    expect(await within(status()).findByText(/Extracting events from “long.txt”…/)).toBeInTheDocument();
    await user.click(within(status()).getByRole('button', { name: 'Cancel' }));
    await within(status()).findByText('Extraction of “long.txt” was cancelled. Nothing was added.');
    expect(within(status()).queryByText(/Extracting events/)).toBeNull();
  });

  it('says when the browser gives no storage', async () => {
    renderPanel();
    expect(await within(status()).findByText(/kept only until you reload/)).toBeInTheDocument();
  });
});
