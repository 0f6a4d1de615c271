package org.newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/**
 * What spans articles, computed in one pass over a freshly bulk-loaded store ({@link BulkLoad}): the syndication
 * links between articles with the same lead ({@link Syndication}: of a group, the smallest IRI is the original)
 * and the support count of every fact (the number of distinct stories whose article graphs cite it). Both passes
 * read one index in order ({@code ng:leadHash} and {@code ng:fact} quads with the property bound come out of the
 * POSG index grouped by object), so memory holds one group at a time plus the copies found, never the corpus.
 */
final class StoryCounts {
    private StoryCounts() {}

    /** What {@link #write} wrote: syndication links (in the copies' graphs) and support quads. */
    record Written(long links, long support) {}

    /** Within a read transaction on the loaded store, writes the syndication and support quads to {@code out}. */
    static Written write(DatasetGraph dsg, StreamRDF out) {
        Map<Node, Node> originalOf = new HashMap<>();
        for (List<Node> story : copies(dsg.find(Node.ANY, Node.ANY, NG.leadHash, Node.ANY))) {
            if (story.size() > 1) {
                Node original = story.stream().min((a, b) -> a.getURI().compareTo(b.getURI())).orElseThrow();
                for (Node copy : story) {
                    if (!copy.equals(original)) {
                        originalOf.put(copy, original);
                        out.quad(Quad.create(copy, copy, NG.syndicatedFrom, original));
                    }
                }
            }
        }
        Node support = NodeFactory.createURI(Iris.SUPPORT_GRAPH);
        Node type = RDF.type.asNode();
        Iterator<Quad> cites = dsg.find(Node.ANY, Node.ANY, NG.fact, Node.ANY);
        Node fact = null;
        Set<Node> stories = new HashSet<>();
        long n = 0;
        while (true) {
            Quad q = cites.hasNext() ? cites.next() : null;
            if (fact != null && (q == null || !q.getObject().equals(fact))) {
                out.quad(Quad.create(support, fact, type, NG.Fact));
                out.quad(Quad.create(support, fact, NG.supportCount,
                        NodeFactory.createLiteralDT(Integer.toString(stories.size()), XSDDatatype.XSDinteger)));
                n += 2;
                stories.clear();
            }
            if (q == null) {
                return new Written(originalOf.size(), n);
            }
            fact = q.getObject();
            stories.add(originalOf.getOrDefault(q.getGraph(), q.getGraph()));
        }
    }

    /** Runs of two or more consecutive article quads (subject = graph) with the same object, as lists of their graphs. */
    private static List<List<Node>> copies(Iterator<Quad> it) {
        List<List<Node>> out = new ArrayList<>();
        Node key = null;
        List<Node> group = new ArrayList<>();
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().equals(q.getSubject())) {
                continue;
            }
            if (!q.getObject().equals(key)) {
                if (group.size() > 1) {
                    out.add(group);
                }
                group = new ArrayList<>();
                key = q.getObject();
            }
            group.add(q.getGraph());
        }
        if (group.size() > 1) {
            out.add(group);
        }
        return out;
    }
}
