import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Before the app's modules, whose features bring their own stylesheets: the base and shared components come first.
import './app/styles.css';
import './components/ui/ui.css';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render into.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
