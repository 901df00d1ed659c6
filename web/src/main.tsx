import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/design-tokens/dist/theme.css';
import './shared/design-system/utrecht.css';
import './styles.css';
import { I18nProvider } from './i18n/index.tsx';
import { SessionProvider } from './session.tsx';
import { App } from './App.tsx';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './shared/api/query.ts';

const root = document.getElementById('root');
if (!root) throw new Error('#root ontbreekt in index.html');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
