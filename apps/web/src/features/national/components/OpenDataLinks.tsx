const FILES = [
  { name: 'covenants', what: 'Every covenant anyone may read, with its parties and how its commitments are doing' },
  { name: 'commitments', what: 'Every commitment of those covenants, with its progress' },
  { name: 'assets', what: 'Every asset of community value, with its listing and moratorium clocks' },
  {
    name: 'neighbourhoods',
    what: 'Every neighbourhood, with how its commitments are doing and its boundary for a map',
  },
];

export function OpenDataLinks() {
  return (
    <section className="section stack" aria-labelledby="open-data-title">
      <h2 id="open-data-title">Open data</h2>
      <p>
        Free to use under the{' '}
        <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">
          Open Government Licence v3.0
        </a>
        , as CSV for spreadsheets or JSON for software, up to date when you download it.
      </p>
      <ul className="national-open-data">
        {FILES.map((file) => (
          <li key={file.name}>
            {file.what}: <a href={`/open-data/${file.name}.csv`}>{file.name}.csv</a>,{' '}
            <a href={`/open-data/${file.name}.json`}>{file.name}.json</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
