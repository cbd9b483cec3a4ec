/**
 * The ways in: a file input labelled "Add articles" (styled as a button, keyboard operable as the
 * native control), a drop zone around it, and a paste form with an optional publication date.
 */
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { PasteResult } from './use-article-intake.ts';
import { MAX_ARTICLE_LABEL } from './read-article-file.ts';
import { localDay } from './download.ts';

export interface AddArticlesProps {
  onFiles: (files: File[]) => void;
  onPaste: (input: { title: string; text: string; date: string }) => PasteResult;
}

function hasFiles(e: DragEvent): boolean {
  return [...e.dataTransfer.types].includes('Files');
}

export function AddArticles({ onFiles, onPaste }: AddArticlesProps) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const hintId = useId();

  const onDragEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth.current += 1;
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth.current = 0;
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <div className="byo-add">
      <div
        className={`byo-drop${dragging ? ' is-dragging' : ''}`}
        onDragEnter={onDragEnter}
        onDragLeave={onDragLeave}
        onDragOver={onDragOver}
        onDrop={onDrop}
      >
        <label className="byo-file">
          <input
            type="file"
            accept=".txt,text/plain"
            multiple
            className="visually-hidden"
            aria-describedby={hintId}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              // Cleared so that choosing the same file again (after removing it) fires a change.
              e.currentTarget.value = '';
              if (files.length > 0) onFiles(files);
            }}
          />
          <span className="byo-file-button">
            <span className="byo-plus" aria-hidden="true">
              +
            </span>
            Add articles
          </span>
        </label>
        <p id={hintId} className="byo-hint">
          {dragging
            ? 'Drop the files to add them.'
            : `Plain-text .txt files, up to ${MAX_ARTICLE_LABEL} each. Choose them or drop them here.`}
        </p>
      </div>
      <PasteForm onPaste={onPaste} />
    </div>
  );
}

function PasteForm({ onPaste }: Pick<AddArticlesProps, 'onPaste'>) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<{ field: 'text' | 'date'; message: string } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), text: useId(), date: useId(), dateHint: useId(), error: useId() };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = onPaste({ title, text, date });
    if (result.ok) {
      setTitle('');
      setText('');
      setDate('');
      setError(null);
      return;
    }
    setError({ field: result.field, message: result.message });
    (result.field === 'date' ? dateRef : textRef).current?.focus();
  };

  const describe = (field: 'text' | 'date', own?: string) =>
    [own, error?.field === field ? ids.error : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <details className="byo-paste">
      <summary>Paste text instead</summary>
      <form onSubmit={submit} noValidate>
        <label htmlFor={ids.title}>Title (optional)</label>
        <input
          id={ids.title}
          type="text"
          value={title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor={ids.text}>Article text</label>
        <textarea
          id={ids.text}
          ref={textRef}
          rows={6}
          value={text}
          aria-invalid={error?.field === 'text' || undefined}
          aria-describedby={describe('text')}
          onChange={(e) => setText(e.target.value)}
        />
        <label htmlFor={ids.date}>Publication date</label>
        <input
          id={ids.date}
          ref={dateRef}
          type="date"
          value={date}
          max={localDay()}
          aria-invalid={error?.field === 'date' || undefined}
          aria-describedby={describe('date', ids.dateHint)}
          onChange={(e) => setDate(e.target.value)}
        />
        <p id={ids.dateHint} className="byo-hint">
          Optional when the text starts with a dateline such as “date 2025-05-08”.
        </p>
        {error ? (
          <p id={ids.error} className="byo-field-error">
            {error.message}
          </p>
        ) : null}
        <button type="submit" className="byo-primary">
          Extract events
        </button>
      </form>
    </details>
  );
}
