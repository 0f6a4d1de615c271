package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.vocab.NG;

/** In-memory copies of a store for comparisons: {@code ng:ingestedAt} (the one wall-clock value) left out. */
final class StoreSnapshots {
    private StoreSnapshots() {}

    static DatasetGraph copy(NewsGraphStore s) {
        return copy(s.dataset());
    }

    static DatasetGraph copy(DatasetGraph d) {
        return Txn.calculateRead(d, () -> withoutIngestedAt(d));
    }

    /** The quads of {@code d} (read inside the caller's transaction) without ng:ingestedAt. */
    static DatasetGraph withoutIngestedAt(DatasetGraph d) {
        DatasetGraph c = DatasetGraphFactory.createGeneral();
        d.find().forEachRemaining(q -> {
            if (!q.getPredicate().equals(NG.ingestedAt)) {
                c.add(q);
            }
        });
        return c;
    }

    static boolean has(DatasetGraph d, Node g) {
        return Txn.calculateRead(d, () -> d.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }
}
