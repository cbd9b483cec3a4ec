// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CollapsibleFilters, filtersLabel } from './collapsible-filters.tsx';

function stubScreen(narrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: narrow && query.includes('max-width'),
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => vi.unstubAllGlobals());

/** The filters as the app wraps them, with one labelled field inside. */
function renderFilters(active: number) {
  return render(
    <CollapsibleFilters active={active}>
      <label>
        From <input />
      </label>
    </CollapsibleFilters>,
  );
}

describe('CollapsibleFilters', () => {
  it('shows the filters as they are on a wide screen', () => {
    stubScreen(false);
    renderFilters(2);
    expect(screen.queryByRole('button', { name: /Filters/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('From')).toBeVisible();
  });

  it('folds them behind a button that counts the active ones on a phone', async () => {
    stubScreen(true);
    const user = userEvent.setup();
    renderFilters(2);
    const toggle = screen.getByRole('button', { name: /Filters · 2 active/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByLabelText('From')).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('From')).toBeVisible();
  });

  it('words the button', () => {
    expect(filtersLabel(0)).toBe('Filters');
    expect(filtersLabel(1)).toBe('Filters · 1 active');
  });
});
