export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>The covenant platform is open-source civic technology for neighbourhoods, councils and their partners.</p>
        <ul className="site-footer__links">
          <li>
            {/* A separate page served by the API, so a full page load rather than a client-side route. */}
            <a href="/graphql">GraphQL API explorer</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
