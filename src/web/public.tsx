/**
 * The public pages' own entry (public.html, served for `/public/*`): the complaint form and the
 * conduct statistics, without the signed-in application's code, its fonts (the phone's own fonts
 * serve) or anything kept on the device — the language choice lives in the page only.
 */
import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicApp } from './app/PublicApp.js';
import { I18nProvider } from './i18n/i18n.js';
import { newQueryClient } from './lib/query.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={newQueryClient()}>
      <I18nProvider remember={false}>
        <PublicApp />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
