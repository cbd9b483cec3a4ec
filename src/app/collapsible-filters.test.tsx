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

describe('CollapsibleFilters', () => {
  it('shows the filters as they are on a wide screen', () => {
    stubScreen(false);
    render(
      <CollapsibleFilters active={2}>
        <label>
          From <input />
        </label>
      </CollapsibleFilters>,
    );
    expect(screen.queryByRole('button', { name: /Filters/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('From')).toBeVisible();
  });

  it('folds them behind a button that counts the active ones on a phone', async () => {
    stubScreen(true);
    const user = userEvent.setup();
    render(
      <CollapsibleFilters active={2}>
        <label>
          From <input />
        </label>
      </CollapsibleFilters>,
    );
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
