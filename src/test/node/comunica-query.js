// Runs a SPARQL SELECT with Comunica against a SPARQL endpoint and prints the rows as JSON:
//   node comunica-query.js http://localhost:3030/newsgraph/sparql 'SELECT ...'
// Output: [{"var": {"termType": "NamedNode", "value": "..."}, ...}, ...] on stdout; errors on stderr, exit code 1.
'use strict';
const { QueryEngine } = require('@comunica/query-sparql');

async function main() {
  const [endpoint, query] = process.argv.slice(2);
  if (!endpoint || !query) {
    console.error('usage: node comunica-query.js ENDPOINT_URL QUERY');
    process.exit(2);
  }
  const engine = new QueryEngine();
  const stream = await engine.queryBindings(query, { sources: [{ type: 'sparql', value: endpoint }] });
  const bindings = await stream.toArray();
  const rows = bindings.map((b) => {
    const row = {};
    for (const [variable, term] of b) {
      row[variable.value] = { termType: term.termType, value: term.value };
      if (term.termType === 'Literal') {
        row[variable.value].language = term.language;
        row[variable.value].datatype = term.datatype.value;
      }
    }
    return row;
  });
  process.stdout.write(JSON.stringify(rows) + '\n');
}

main().catch((e) => {
  console.error('comunica-query: ' + (e && e.stack ? e.stack : e));
  process.exit(1);
});
