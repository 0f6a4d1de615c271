package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.newsgraph.NewsGraphException;
import org.newsgraph.vocab.NG;

/**
 * The full-text index (jena-text over Lucene) in {@code <store>/text-index}. Fields, each queried with
 * {@code text:query (property "words")}:
 * <ul>
 *   <li>{@code label}: {@code skos:prefLabel} and {@code skos:altLabel};</li>
 *   <li>{@code evidence}: {@code ng:evidence} of statements;</li>
 *   <li>{@code text}: {@code ng:text} of articles.</li>
 * </ul>
 * Multilingual: a language-tagged literal is also indexed in a field per language with that language's Lucene
 * analyzer ({@code "lang:ru"} in a query picks Lucene's RussianAnalyzer, so {@code "Казахстане"} finds
 * {@code "Казахстан"@ru}; {@code en} stems English). Lucene has no Tagalog analyzer: {@code @tl} literals, and all
 * literals without a language tag (article text, evidence), are indexed with the standard analyzer (Unicode word
 * breaking, lower case, no stemming) that reads Latin and Cyrillic alike.
 */
public final class SearchIndex {
    /** The index folder's name inside the store folder. */
    public static final String DIR = "text-index";

    private SearchIndex() {}

    static EntityDefinition definition() {
        EntityDefinition d = new EntityDefinition("uri", "label", SKOS.prefLabel.asNode());
        d.set("label", SKOS.altLabel.asNode());
        d.set("evidence", NG.evidence);
        d.set("text", NG.text);
        // no graph field: text:query then searches every graph, wherever the pattern stands in the query
        d.setLangField("lang");
        // with a uid field, deleting a triple deletes its document: replacing an article leaves no stale hits
        d.setUidField("uid");
        return d;
    }

    private static TextIndexConfig config() {
        TextIndexConfig c = new TextIndexConfig(definition());
        c.setAnalyzer(new StandardAnalyzer());
        c.setMultilingualSupport(true);
        return c;
    }

    /** Wraps a dataset so that every change to it goes through the index in {@code dir}. */
    static DatasetGraphText wrap(DatasetGraph base, Path dir) {
        try {
            Files.createDirectories(dir);
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config());
            return (DatasetGraphText) TextDatasetFactory.create(base, index, true);
        } catch (IOException e) {
            throw new NewsGraphException("cannot open the text index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Empties the index and indexes every literal of an indexed property in {@code base} again.
     *
     * @return the number of literals indexed
     */
    static long rebuild(DatasetGraph base, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        try {
            ((TextIndexLucene) index).getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new NewsGraphException("cannot empty the text index: " + e.getMessage(), e);
        }
        Set<Node> predicates = new LinkedHashSet<>();
        def.fields().forEach(f -> predicates.addAll(def.getPredicates(f)));
        long n = Txn.calculateRead(base, () -> {
            long count = 0;
            for (Node p : predicates) {
                Iterator<Quad> it = base.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Entity e = TextQueryFuncs.entityFromQuad(def, it.next());
                    if (e != null) {
                        index.addEntity(e);
                        count++;
                    }
                }
            }
            return count;
        });
        index.prepareCommit();
        index.commit();
        return n;
    }
}
