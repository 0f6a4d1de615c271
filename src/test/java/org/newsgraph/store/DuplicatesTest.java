package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestStores;
import org.newsgraph.vocab.Iris;

/** The same article twice is stored once; syndicated copies are linked and support counts stories. */
class DuplicatesTest {
    static final String STORY = "Kazakhstan and France signed an agreement on Tuesday under which two long-range air "
            + "surveillance radars will be delivered to the Kazakh air defence forces by the end of next year, the "
            + "defence ministry in Astana said. The contract also covers the training of forty operators in France and "
            + "the supply of spare parts for ten years. Officials in Astana said the radars would close gaps in the "
            + "coverage of the southern border. The ministry did not disclose the value of the contract, but analysts "
            + "estimated it at several hundred million euros. ";

    @TempDir
    Path dir;

    static long support(NewsGraphStore s, String entityIri) {
        List<QuerySolution> rows = MixedInputTest.select(s, "SELECT ?n { GRAPH <" + Iris.SUPPORT_GRAPH
                + "> { <" + Iris.fact("mention|entity=" + entityIri) + "> ng:supportCount ?n } }");
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    static String frontMatter(String publisher, String url) {
        return "---\npublisher: " + publisher + "\n" + (url == null ? "" : "url: " + url + "\n") + "date: 2024-03-05\n---\n";
    }

    @Test
    void sameUrlOrSameTextUnderAnotherIdIsStoredOnce() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        String url = "https://steppe-defence.example/2024/03/radars";
        Files.writeString(in.resolve("a.txt"), frontMatter("Steppe Defence Review", url) + STORY);
        Files.writeString(in.resolve("b.jsonl"), "{\"id\": \"crawled-copy\", \"url\": \"" + url
                + "\", \"text\": \"Kazakhstan bought radars from France.\"}\n");
        Files.writeString(in.resolve("c.txt"), STORY);
        try (NewsGraphStore s = NewsGraphStore.open(dir.resolve("st"))) {
            Ingester.Result r = TestStores.ingest(s, List.of(in));
            assertEquals(List.of(), r.failures());
            assertEquals(3, r.articles());
            assertEquals(1, r.loaded());
            assertEquals(2, r.skipped());
            assertEquals(List.of("a"), s.articleIds());
            assertEquals(1, support(s, Iris.entity("state", "Kazakhstan")));
        }
    }

    @Test
    void syndicatedCopiesAreLinkedAndCountOnce() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("original.txt"), frontMatter("Steppe Defence Review", null) + STORY
                + "Reporting by the Steppe Defence Review desk.");
        Files.writeString(in.resolve("wire-copy.txt"), frontMatter("Caspian Wire", null)
                + STORY.toUpperCase().replace(",", " ,").replace("  ", " ") + "Distributed by Caspian Wire.");
        Files.writeString(in.resolve("independent.txt"), "Kazakhstan will host a CSTO exercise in September, "
                + "the ministry said.");
        String kz = Iris.entity("state", "Kazakhstan");
        try (NewsGraphStore s = NewsGraphStore.open(dir.resolve("st"))) {
            Ingester.Result r = TestStores.ingest(s, List.of(in));
            assertEquals(3, r.loaded(), r.toString());
            List<QuerySolution> links = MixedInputTest.select(s,
                    "SELECT ?copy ?original { GRAPH ?copy { ?copy ng:syndicatedFrom ?original } }");
            assertEquals(1, links.size());
            assertEquals(Iris.article("wire-copy"), links.get(0).getResource("copy").getURI());
            assertEquals(Iris.article("original"), links.get(0).getResource("original").getURI());
            assertEquals(2, support(s, kz), "original and copy are one source, plus the independent article");
            assertEquals(1, support(s, Iris.entity("state", "France")));

            assertTrue(s.remove("independent"));
            assertEquals(1, support(s, kz));
            assertTrue(s.remove("original"));
            assertEquals(1, support(s, kz), "the copy still supports the fact");
            assertTrue(s.remove("wire-copy"));
            assertEquals(0, support(s, kz));
        }
    }
}
