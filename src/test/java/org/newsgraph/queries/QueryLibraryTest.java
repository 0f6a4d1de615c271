package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.SeedStore;
import org.newsgraph.server.NewsGraphServer;

/**
 * Runs every analyst query in {@code queries/} on the seed store and checks it against
 * {@code src/test/resources/queries/expected.json}; then runs them all again through Fuseki over HTTP.
 */
class QueryLibraryTest {
    static final Path DIR = Path.of("queries");

    static List<Path> queryFiles() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyQueryFileHasExpectationsAndEveryExpectationAFile() {
        Set<String> files = new TreeSet<>();
        queryFiles().forEach(p -> files.add(p.getFileName().toString()));
        Set<String> expected = QueryExpectations.load().keySet();
        assertTrue(files.size() >= 15, "the library should hold at least 15 queries, found " + files);
        Set<String> without = new TreeSet<>(files);
        without.removeAll(expected);
        assertTrue(without.isEmpty(), "queries without an entry in " + QueryExpectations.FILE + ": " + without);
        Set<String> orphans = new TreeSet<>(expected);
        orphans.removeAll(files);
        assertTrue(orphans.isEmpty(), "expectations for queries that do not exist in queries/: " + orphans);
    }

    @Test
    void everyQueryStartsWithQuestionParametersAndExampleOutput() {
        for (Path p : queryFiles()) {
            String text = read(p);
            assertTrue(text.startsWith("# "), p + " should open with a comment stating the question it answers");
            String header = text.lines().takeWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            assertTrue(header.contains("Parameters:"), p + ": header has no 'Parameters:' line");
            assertTrue(header.contains("Example output"), p + ": header has no 'Example output'");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryReturnsWhatTheSeedArticlesSay() {
        Map<String, QueryExpectations> expectations = QueryExpectations.load();
        Dataset ds = DatasetFactory.wrap(SeedStore.get().dataset());
        return queryFiles().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            QueryExpectations want = expectations.get(p.getFileName().toString());
            assertTrue(want != null, "no expectations for " + p + " in " + QueryExpectations.FILE);
            List<Map<String, RDFNode>> rows = Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.create(QueryFactory.create(read(p)), ds)) {
                    return rows(qe.execSelect());
                }
            });
            assertTrue(rows.size() >= want.minRows(),
                    p + ": expected at least " + want.minRows() + " rows, got " + rows.size() + ": " + rows);
            assertEquals(List.of(), want.missing(rows), p + ": expected rows not found among " + rows);
        }));
    }

    @Test
    void everyQueryRunsOverHttpWithTheSameRowCount() {
        Dataset ds = DatasetFactory.wrap(SeedStore.get().dataset());
        Map<String, Integer> local = new HashMap<>();
        for (Path p : queryFiles()) {
            Query q = QueryFactory.create(read(p));
            local.put(p.toString(), Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.create(q, ds)) {
                    return rows(qe.execSelect()).size();
                }
            }));
        }
        NewsGraphServer server = SeedStore.server();
        try {
            for (Path p : queryFiles()) {
                try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(read(p)).build()) {
                    int n = rows(qe.execSelect()).size();
                    assertEquals(local.get(p.toString()), n, p + ": rows over HTTP differ from the local run");
                    assertTrue(n > 0, p + " returned nothing over HTTP");
                }
            }
        } finally {
            server.stop();
        }
    }

    static List<Map<String, RDFNode>> rows(ResultSet rs) {
        List<Map<String, RDFNode>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, RDFNode> row = new HashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v)));
            out.add(row);
        }
        return out;
    }
}
