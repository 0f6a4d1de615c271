package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestStores;
import org.newsgraph.vocab.Iris;

/** A folder mixing text, HTML, JSON Lines and feeds loads with its metadata, and SPARQL can filter by it. */
class MixedInputTest {
    static final Path FIXTURES = Path.of("src/test/resources/article");
    static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    Path dir;

    static List<QuerySolution> select(NewsGraphStore s, String query) {
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(PREFIXES + query, DatasetFactory.wrap(s.dataset()))) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    @Test
    void offsetsCountFromTheBodyAfterFrontMatter() {
        var article = new org.newsgraph.article.TextArticleReader(1 << 20).read(FIXTURES.resolve("front-matter.txt")).get(0);
        var x = TestStores.pipeline().run(article);
        assertTrue(x.facts().size() >= 2, x.facts().toString());
        for (var f : x.facts()) {
            var ev = f.evidence();
            assertEquals(ev.text(), article.text().substring(ev.span().start(), ev.span().end()));
        }
        assertTrue(x.facts().stream().anyMatch(f -> f.evidence().text().equals("Kazakhstan")
                && f.evidence().span().start() == 0), "first word of the body is at offset 0");
    }

    @Test
    void mixedFolderLoadsWithMetadataAndFactsFilterByMonthAndPublisher() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("feeds"));
        for (String f : List.of("front-matter.txt", "page.html", "jsonld.html", "crawl.jsonl")) {
            Files.copy(FIXTURES.resolve(f), in.resolve(f));
        }
        Files.copy(FIXTURES.resolve("feed.rss"), in.resolve("feeds/manila.rss"));
        Files.copy(FIXTURES.resolve("feed.atom"), in.resolve("feeds/nordic.xml"));
        Files.writeString(in.resolve("manila-april.txt"), """
                ---
                title: Philippines and Vietnam patrol together
                date: 2024-04-02
                publisher: Manila Security Monitor
                ---
                The Philippines and Vietnam held a joint coast guard patrol, officials said on Tuesday.
                """);
        try (NewsGraphStore s = NewsGraphStore.open(dir.resolve("st"))) {
            Ingester.Result r = TestStores.ingest(s, List.of(in));
            assertEquals(11, r.articles(), r.toString());
            assertEquals(11, r.loaded());
            assertEquals(3, r.failures().size(), r.failures().toString());
            assertTrue(r.failures().stream().anyMatch(f -> f.message().contains("crawl.jsonl:6: not valid JSON")));
            assertTrue(r.failures().stream().anyMatch(f -> f.message().contains("manila.rss item 2: no text")));

            List<QuerySolution> meta = select(s, """
                    SELECT * { GRAPH ?a { ?a dcterms:identifier "front-matter" ; dcterms:title ?title ; dcterms:date ?date ;
                      dcterms:publisher ?publisher ; dcterms:source ?url ; dcterms:language ?lang ; dcterms:creator ?author ;
                      ng:contentHash ?hash ; ng:ingestedAt ?at ; ng:text ?text } }""");
            assertEquals(1, meta.size());
            QuerySolution m = meta.get(0);
            assertEquals("Astana orders radars from France", m.getLiteral("title").getString());
            assertEquals("http://www.w3.org/2001/XMLSchema#date", m.getLiteral("date").getDatatypeURI());
            assertEquals("2024-03-05", m.getLiteral("date").getLexicalForm());
            assertEquals("Steppe Defence Review", m.getLiteral("publisher").getString());
            assertEquals("https://steppe-defence.example/2024/03/astana-radars", m.getResource("url").getURI());
            assertEquals("en", m.getLiteral("lang").getString());
            assertEquals(64, m.getLiteral("hash").getString().length());
            assertTrue(m.getLiteral("text").getString().startsWith("Kazakhstan signed"));

            Map<String, String> languages = new java.util.HashMap<>();
            select(s, "SELECT ?id ?lang { GRAPH ?a { ?a dcterms:identifier ?id ; dcterms:language ?lang } }")
                    .forEach(q -> languages.put(q.getLiteral("id").getString(), q.getLiteral("lang").getString()));
            assertEquals("ru", languages.get("jsonld"));
            assertEquals(11, languages.size());

            List<QuerySolution> rows = select(s, """
                    SELECT DISTINCT ?article ?entity WHERE {
                      GRAPH ?article {
                        ?article dcterms:publisher "Manila Security Monitor" ; dcterms:date ?date ; ng:mentions ?entity .
                      }
                      FILTER(?date >= "2024-03-01"^^xsd:date && ?date < "2024-04-01"^^xsd:date)
                    }""");
            Set<String> articles = new HashSet<>();
            Set<String> entities = new HashSet<>();
            rows.forEach(q -> {
                articles.add(q.getResource("article").getURI());
                entities.add(q.getResource("entity").getURI());
            });
            assertEquals(2, articles.size(), articles.toString());
            assertTrue(articles.stream().allMatch(a -> a.startsWith(Iris.article("manila-"))), articles.toString());
            assertTrue(entities.containsAll(Set.of(Iris.entity("state", "Philippines"), Iris.entity("state", "Japan"),
                    Iris.entity("state", "India"))), entities.toString());
            assertTrue(!entities.contains(Iris.entity("state", "Vietnam")), "April article excluded: " + entities);
        }
    }
}
