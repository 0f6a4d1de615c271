package org.newsgraph.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/**
 * Finds syndicated copies: articles whose normalised opening is the same. The lead key is the SHA-256 of the first
 * {@value #LEAD} characters of the text lower-cased, diacritics stripped, every run of non-letters and non-digits
 * replaced by one space: cheap (one hash per article, one index lookup), and blind to the typography, casing and
 * bylines-after-the-lead that wire copies differ in. An article whose lead key matches a stored article is linked
 * to it with {@code ng:syndicatedFrom}, so that support counts one source per story.
 */
final class Syndication {
    static final int LEAD = 500;

    private Syndication() {}

    static String leadKey(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return Iris.sha256(s.substring(0, Math.min(s.length(), LEAD)));
    }

    /**
     * Within a write transaction, after the article's graph is written: records its lead key and links it to the
     * original of its story, if one is stored (an article with the same key that is not itself a copy; of several,
     * the one with the smallest IRI).
     */
    static void link(DatasetGraph dsg, Node article, String text) {
        Node key = NodeFactory.createLiteralString(leadKey(text));
        dsg.add(article, article, NG.leadHash, key);
        Optional<Node> original = dsg.stream(Node.ANY, Node.ANY, NG.leadHash, key)
                .filter(q -> q.getGraph().equals(q.getSubject()) && !q.getGraph().equals(article))
                .map(q -> q.getGraph())
                .filter(g -> !dsg.find(g, g, NG.syndicatedFrom, Node.ANY).hasNext())
                .min((a, b) -> a.getURI().compareTo(b.getURI()));
        original.ifPresent(o -> dsg.add(article, article, NG.syndicatedFrom, o));
    }

    /** The story an article graph belongs to: the original it was syndicated from, else itself. */
    static Node storyOf(DatasetGraph dsg, Node articleGraph) {
        var it = dsg.find(articleGraph, articleGraph, NG.syndicatedFrom, Node.ANY);
        return it.hasNext() ? it.next().getObject() : articleGraph;
    }
}
