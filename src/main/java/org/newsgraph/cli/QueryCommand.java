package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.NewsGraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: SPARQL on the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query on the store and prints the result (a table by default).")
final class QueryCommand implements Callable<Integer> {
    /** Result formats. */
    enum Format { table, csv, json }

    @Mixin
    StoreOptions storeOptions;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;
    @Option(names = "--format", defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    /** A query file or query text. */
    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;
        @Option(names = "--text", paramLabel = "QUERY", description = "The query text.")
        String text;
    }

    @Override
    public Integer call() throws IOException {
        String q = source.text != null ? source.text : Files.readString(source.file);
        Query query;
        try {
            query = QueryFactory.create(q);
        } catch (QueryParseException e) {
            throw new NewsGraphException("the query does not parse: " + e.getMessage());
        }
        if (!Files.isDirectory(storeOptions.store)) {
            throw new NewsGraphException("no store at " + storeOptions.store + " (run 'newsgraph ingest' first)");
        }
        try (NewsGraphStore store = NewsGraphStore.open(storeOptions.store)) {
            Dataset ds = DatasetFactory.wrap(store.dataset());
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.create(query, ds)) {
                    print(query, qe);
                }
            });
        }
        System.out.flush();
        return 0;
    }

    private void print(Query query, QueryExecution qe) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                default -> ResultSetFormatter.out(System.out, rs, query.getPrefixMapping());
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(System.out, b);
                case csv -> ResultSetFormatter.outputAsCSV(System.out, b);
                default -> System.out.println(b ? "yes" : "no");
            }
        } else if (query.isConstructType()) {
            RDFDataMgr.write(System.out, qe.execConstruct(), RDFFormat.TURTLE_PRETTY);
        } else if (query.isDescribeType()) {
            RDFDataMgr.write(System.out, qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
        } else {
            throw new NewsGraphException("unsupported query form");
        }
    }
}
