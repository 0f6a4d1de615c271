package org.newsgraph.store;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.vocab.NG;

/**
 * Finds syndicated copies: articles whose normalised opening is the same ({@link
 * org.newsgraph.article.Article#leadHash}): cheap (one hash per article, one index lookup), and blind to the
 * typography, casing and bylines-after-the-lead that wire copies differ in. An article whose lead key matches a stored article is linked
 * to it with {@code ng:syndicatedFrom}, so that support counts one source per story.
 */
final class Syndication {
    private Syndication() {}

    /**
     * Within a write transaction, after the article's graph is written: records its lead key and links it to the
     * original of its story, if one is stored (an article with the same key that is not itself a copy; of several,
     * the one with the smallest IRI).
     */
    static void link(DatasetGraph dsg, Node article, String text) {
        Node key = NodeFactory.createLiteralString(org.newsgraph.article.Article.leadHash(text)); // the article graph holds it (ExtractionMapper)
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
