/**
 * Asks for the publication date of an article that has no dateline: relative dates in it ("on
 * Tuesday") are counted from that day, so it is never assumed. The field takes focus when asked.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { IsoDate } from '../../domain/event.ts';
import { localDay } from './download.ts';
import { checkGivenDate, type PendingArticle } from './use-article-intake.ts';

export interface DatePromptProps {
  article: PendingArticle;
  /** Articles waiting for a date after this one. */
  more: number;
  onDate: (id: string, date: IsoDate) => void;
  onSkip: (id: string) => void;
}

const PREVIEW = 220;

export function DatePrompt({ article, more, onDate, onSkip }: DatePromptProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), input: useId(), error: useId(), hint: useId() };

  useEffect(
    function focusDateField() {
      inputRef.current?.focus();
    },
    [article.id],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkGivenDate(value);
    if (!checked.ok) {
      setError(checked.message);
      inputRef.current?.focus();
      return;
    }
    setError(null);
    setValue('');
    onDate(article.id, checked.date);
  };

  const preview =
    article.text.length > PREVIEW ? `${article.text.slice(0, PREVIEW).trimEnd()}…` : article.text;

  return (
    <form className="byo-date-prompt" aria-labelledby={ids.title} onSubmit={submit} noValidate>
      <h3 id={ids.title}>When was “{article.name}” published?</h3>
      <p id={ids.hint}>
        It has no dateline (“date YYYY-MM-DD” at its start). Dates such as “on Tuesday” in it are counted from
        the day you give, so it is not guessed.
      </p>
      <blockquote className="byo-preview">{preview}</blockquote>
      <div className="byo-date-row">
        <label htmlFor={ids.input}>Publication date</label>
        <input
          id={ids.input}
          ref={inputRef}
          type="date"
          required
          max={localDay()}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="byo-primary">
          Extract events
        </button>
        <button type="button" onClick={() => onSkip(article.id)}>
          Don’t add it
        </button>
      </div>
      {error ? (
        <p id={ids.error} className="byo-field-error">
          {error}
        </p>
      ) : null}
      {more > 0 ? (
        <p className="byo-hint">
          {more} more {more === 1 ? 'article waits' : 'articles wait'} for a date.
        </p>
      ) : null}
    </form>
  );
}
