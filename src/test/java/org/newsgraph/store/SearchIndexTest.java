package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestStores;
import org.newsgraph.cli.Main;
import org.newsgraph.vocab.Iris;

/** Full-text search over labels (per language) and article text, kept by ingest and rebuilt by reindex. */
class SearchIndexTest {
    static final String RU_ARTICLE = "ru_search_article";
    static final String KAZAKHSTAN = Iris.ENTITY + "state/kazakhstan";
    static final String RUSSIA = Iris.ENTITY + "state/russia";

    @TempDir
    Path dir;

    static Set<String> search(NewsGraphStore store, String property, String words, String lang) {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
                + " PREFIX ng: <https://w3id.org/newsgraph/ontology#>"
                + " SELECT DISTINCT ?s { ?s text:query (" + property + " \"" + words + "\""
                + (lang == null ? "" : " \"lang:" + lang + "\"") + ") }";
        Set<String> out = new HashSet<>();
        Txn.executeRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(store.dataset()))) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("s").getURI()));
            }
        });
        return out;
    }

    @Test
    void findsEntitiesByInflectedRussianLabelAndArticlesByAWordOfTheirTextAndFollowsChanges() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/store/" + RU_ARTICLE + ".txt"), articles.resolve(RU_ARTICLE + ".txt"));
        Path storeDir = dir.resolve("store");
        try (NewsGraphStore store = NewsGraphStore.open(storeDir)) {
            assertEquals(List.of(), TestStores.ingest(store, List.of(articles)).failures());
            // inflected forms are not labels; the Russian analyzer stems them and the labels to the same terms
            assertTrue(search(store, "skos:prefLabel", "Казахстана", "ru").contains(KAZAKHSTAN));
            assertTrue(search(store, "skos:prefLabel", "Россией", "ru").contains(RUSSIA));
            assertTrue(search(store, "skos:prefLabel", "Kazakhstan", "en").contains(KAZAKHSTAN));
            assertEquals(Set.of(Iris.article(RU_ARTICLE)), search(store, "ng:text", "бронетранспортёров", null));
            // a changed article replaces its text in the index: the old word no longer finds it
            Path file = articles.resolve(RU_ARTICLE + ".txt");
            Files.writeString(file, Files.readString(file).replace("бронетранспортёров", "беспилотников"));
            assertEquals(List.of(), TestStores.ingest(store, List.of(articles)).failures());
            assertEquals(Set.of(), search(store, "ng:text", "бронетранспортёров", null));
            assertEquals(Set.of(Iris.article(RU_ARTICLE)), search(store, "ng:text", "беспилотников", null));
        }
        // a deleted index is rebuilt by the reindex command
        try (Stream<Path> files = Files.walk(storeDir.resolve(SearchIndex.DIR))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (NewsGraphStore store = NewsGraphStore.open(storeDir)) {
            assertEquals(Set.of(), search(store, "ng:text", "беспилотников", null));
        }
        assertEquals(0, Main.run("reindex", "--store", storeDir.toString()));
        try (NewsGraphStore store = NewsGraphStore.open(storeDir)) {
            assertEquals(Set.of(Iris.article(RU_ARTICLE)), search(store, "ng:text", "беспилотников", null));
            assertEquals(Set.of(), search(store, "ng:text", "бронетранспортёров", null));
            assertTrue(search(store, "skos:prefLabel", "Казахстана", "ru").contains(KAZAKHSTAN));
        }
    }
}
