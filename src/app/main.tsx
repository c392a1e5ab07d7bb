import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import '../styles/global.css';
import { initI18n } from './i18n';
import { createQueryClient } from './query-client';
import { createRoutes } from './router';

initI18n();
const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient));
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
