/** The articles the reader added: name, date, events (and how many the filters show), view, remove. */
import { formatDay } from '../../domain/dates.ts';
import type { UserArticle } from '../../data/user-articles.ts';

export interface ArticleListProps {
  articles: readonly UserArticle[];
  /** Events of each article in the current view (absent: the article's events are hidden). */
  inView?: ReadonlyMap<string, number>;
  onView: (article: UserArticle) => void;
  onRemove: (article: UserArticle) => void;
  removing: ReadonlySet<string>;
}

const FROM: Record<UserArticle['publishedFrom'], string> = {
  dateline: 'dateline',
  field: 'date given',
  prompt: 'date given',
};

export function ArticleList({ articles, inView, onView, onRemove, removing }: ArticleListProps) {
  if (articles.length === 0) return <p className="byo-empty">No articles added yet.</p>;
  return (
    <ul className="byo-list" aria-label="Articles you added">
      {articles.map((a) => {
        const shown = inView?.get(a.id) ?? 0;
        return (
          <li key={a.id} className="byo-item">
            <div className="byo-item-text">
              <span className="byo-name" title={a.name}>
                {a.name}
              </span>
              <span className="byo-meta">
                {formatDay(a.published)} ({FROM[a.publishedFrom]}) · {a.eventCount}{' '}
                {a.eventCount === 1 ? 'event' : 'events'}
                {inView && shown < a.eventCount ? `, ${shown} in this view` : ''}
              </span>
            </div>
            <div className="byo-item-actions">
              <button
                type="button"
                className="link-button"
                onClick={() => onView(a)}
                aria-label={`View text of “${a.name}”`}
              >
                View text
              </button>
              <button
                type="button"
                className="byo-remove"
                onClick={() => onRemove(a)}
                disabled={removing.has(a.id)}
                aria-label={`Remove “${a.name}”`}
              >
                Remove
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
