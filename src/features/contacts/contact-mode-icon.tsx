/** Small decorative icons for the contact modes; the mode is always also written as text. */
import type { ContactMode } from '../../domain/event.ts';

const HANDSET =
  'M6.6 10.8a15.2 15.2 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z';

const PATHS: Record<ContactMode, string[]> = {
  phone: [HANDSET],
  hotline: [HANDSET, 'M16 2h5l-3 4h3l-6 6 1.5-4.5H13z'],
  meeting: [
    'M8 11.5a3.3 3.3 0 1 0 0-6.6 3.3 3.3 0 0 0 0 6.6zM16.5 11.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
    'M1.5 20c0-3.3 2.9-6 6.5-6s6.5 2.7 6.5 6zM15.6 20c0-2.2-.8-4.2-2.2-5.6.9-.5 1.9-.7 3.1-.7 3.3 0 6 2.6 6 6.3z',
  ],
  visit: ['M21.5 16v-2l-8-5V3.5a1.5 1.5 0 0 0-3 0V9l-8 5v2l8-2.5V19l-2 1.5V22l3.5-1 3.5 1v-1.5l-2-1.5v-5.5z'],
  video: ['M16.5 10.5V7c0-.6-.4-1-1-1h-12c-.6 0-1 .4-1 1v10c0 .6.4 1 1 1h12c.6 0 1-.4 1-1v-3.5l5 4.5V6z'],
  message: [
    'M20 4H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5z',
  ],
};

export function ContactModeIcon({ mode }: { mode: ContactMode | undefined }) {
  const paths = mode ? PATHS[mode] : ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 4v6m0 3v1'];
  return (
    <svg
      className="contact-mode-icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {paths.map((d) => (
        <path key={d} d={d} fill="currentColor" />
      ))}
    </svg>
  );
}
