import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` makes every asset URL relative, so `dist/` can be hosted under any sub-path
// without rebuilding. Data is fetched relative to `import.meta.env.BASE_URL` for the same reason.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
});
