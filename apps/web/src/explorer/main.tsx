/**
 * The GraphQL explorer the API serves on GET /graphql. Everything is bundled,
 * so it works without internet access; requests carry the session cookie, so
 * it acts as whoever is signed in to the web app.
 */
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import './explorer.css';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const fetcher: Fetcher = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const DEFAULT_QUERY = `# Welcome to the covenant platform's GraphQL API.
# Sign in to the web app first to act as yourself here.

query Neighbourhoods {
  neighbourhoods(first: 10) {
    name
    slug
    areaCodes
    localAuthority {
      name
    }
  }
}
`;

const container = document.getElementById('explorer');
if (!container) throw new Error('The page has no #explorer element to render into.');

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
