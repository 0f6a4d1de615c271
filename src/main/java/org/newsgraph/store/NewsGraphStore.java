package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;
import org.newsgraph.extract.Extraction;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/**
 * The TDB2 dataset: one named graph per article (named by the article IRI), the ontology and reference data in
 * their own graphs, and the support counts of facts. Every change to an article is one write transaction.
 * Support counts independent stories: syndicated copies ({@link Syndication}) count once with their original.
 *
 * <pre>{@code
 * try (NewsGraphStore store = NewsGraphStore.open(Path.of("store"))) {
 *     store.replace(extraction, pipelineHash);
 * }
 * }</pre>
 */
public final class NewsGraphStore implements AutoCloseable {
    private final Path dir;
    private final DatasetGraph dsg;
    private final DatasetGraph base;

    private NewsGraphStore(Path dir, DatasetGraph base) {
        this.dir = dir;
        this.base = base;
        this.dsg = SearchIndex.wrap(base, dir.resolve(SearchIndex.DIR));
    }

    /**
     * Opens (creating if needed) the TDB2 store in a folder, with its full-text index ({@link SearchIndex}) in
     * {@code <dir>/text-index}: every change through {@link #dataset()} keeps the index in step.
     */
    public static NewsGraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new NewsGraphException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        if (Files.exists(BulkLoad.unfinished(dir))) {
            throw new NewsGraphException("the store in " + dir + " is incomplete: a bulk load into it did not finish "
                    + "(interrupted or failed; see " + BulkLoad.unfinished(dir).getFileName() + "). It held no "
                    + "articles before: delete the folder and ingest again (--bulk off to load without the bulk "
                    + "loader)");
        }
        return new NewsGraphStore(dir, DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Rebuilds the full-text index from the stored triples (after it was deleted, or made by an older version).
     *
     * @return the number of literals indexed
     */
    public long reindex() {
        return SearchIndex.rebuild(base, ((org.apache.jena.query.text.DatasetGraphText) dsg).getTextIndex());
    }

    /** True when the article is stored with this content and was extracted by this pipeline. */
    public boolean isCurrent(String articleId, String contentHash, String pipelineHash) {
        Node g = uri(Iris.article(articleId));
        return Txn.calculateRead(dsg, () ->
                dsg.contains(g, g, NG.contentHash, NodeFactory.createLiteralString(contentHash))
                        && dsg.contains(g, g, NG.pipelineHash, NodeFactory.createLiteralString(pipelineHash)));
    }

    /**
     * Replaces the article's graph with this extraction and updates the support counts of every fact it touched,
     * in one write transaction.
     *
     * @return the number of quads now in the article's graph
     */
    public long replace(Extraction x, String pipelineHash) {
        return replace(x, pipelineHash, UnaryOperator.identity());
    }

    /**
     * {@link #replace(Extraction, String)} writing through {@code wrap(sink)}: for tests that inject a failure in
     * the middle of an article's quads. Any exception thrown inside the transaction aborts it (Txn rolls back).
     */
    long replace(Extraction x, String pipelineHash, UnaryOperator<StreamRDF> wrap) {
        return Txn.calculateWrite(dsg, () -> replaceInTxn(x, pipelineHash, wrap));
    }

    /**
     * Replaces several articles in one write transaction: each article's graph and support counts end exactly as
     * after {@link #replace}, but the batch commits (or fails) as a whole, so a crash loses the whole batch rather
     * than one article. Much faster than one transaction per article (each commit syncs the journal to disk).
     *
     * @return the number of quads now in the articles' graphs
     */
    public long replaceAll(List<Extraction> batch, String pipelineHash) {
        return Txn.calculateWrite(dsg, () -> {
            long n = 0;
            for (Extraction x : batch) {
                n += replaceInTxn(x, pipelineHash, UnaryOperator.identity());
            }
            return n;
        });
    }

    private long replaceInTxn(Extraction x, String pipelineHash, UnaryOperator<StreamRDF> wrap) {
        Node g = uri(Iris.article(x.text().article().id()));
        Set<Node> touched = factsOf(g);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        retractDerived(g);
        StreamRDF sink = wrap.apply(StreamRDFLib.dataset(dsg));
        ExtractionMapper.write(x, pipelineHash, Instant.now(), sink);
        Syndication.link(dsg, g, x.text().article().text());
        touched.addAll(factsOf(g));
        updateSupport(touched);
        return dsg.getGraph(g).size();
    }

    /** True when no article is stored yet (the reference data may be). */
    public boolean hasNoArticles() {
        return Txn.calculateRead(dsg, () -> !dsg.find(Node.ANY, Node.ANY, NG.contentHash, Node.ANY).hasNext());
    }

    /**
     * Starts a bulk load ({@link BulkLoad}) into this store, which must hold no article yet.
     *
     * @throws NewsGraphException if articles are stored already
     */
    public BulkLoad bulkLoad(String pipelineHash) {
        if (!hasNoArticles()) {
            throw new NewsGraphException("the store in " + dir + " already holds articles; a bulk load needs a store "
                    + "without articles (ingest incrementally, or load into a new store folder)");
        }
        return new BulkLoad(this, base, ((org.apache.jena.query.text.DatasetGraphText) dsg).getTextIndex(),
                pipelineHash);
    }

    /**
     * Retracts an article in one write transaction: its graph (the article, its statements and direct facts, and
     * the types and labels of the entities it minted, which live only there), the support it gave to facts (a fact
     * no article supports any more leaves the support graph) and whatever is derived from it
     * ({@link #retractDerived}). Reference entities and other articles are untouched.
     *
     * @return true if the article was stored
     */
    public boolean remove(String articleId) {
        Node g = uri(Iris.article(articleId));
        return Txn.calculateWrite(dsg, () -> {
            if (!dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                return false;
            }
            Set<Node> touched = factsOf(g);
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            retractDerived(g);
            updateSupport(touched);
            return true;
        });
    }

    /**
     * Another stored article with this source URL or this content hash, if any: the same article arriving again
     * under another id.
     */
    public Optional<String> duplicateOf(String articleId, String url, String contentHash) {
        Node self = uri(Iris.article(articleId));
        return Txn.calculateRead(dsg, () -> {
            Optional<Node> other = otherArticle(self, NG.contentHash, NodeFactory.createLiteralString(contentHash));
            if (other.isEmpty() && url != null) {
                other = otherArticle(self, org.apache.jena.vocabulary.DCTerms.source.asNode(), uri(url));
            }
            return other.flatMap(g -> first(dsg, g, g, org.apache.jena.vocabulary.DCTerms.identifier.asNode()))
                    .map(q -> q.getObject().getLiteralLexicalForm());
        });
    }

    private Optional<Node> otherArticle(Node self, Node property, Node value) {
        return dsg.stream(Node.ANY, Node.ANY, property, value)
                .filter(q -> q.getGraph().equals(q.getSubject()) && !q.getGraph().equals(self))
                .map(Quad::getGraph).findFirst();
    }

    /**
     * Hook, called inside the write transaction of {@link #replace} and {@link #remove} after the article's graph
     * was emptied: data derived from an article that lives outside its graph must be retracted here, in the same
     * transaction. Today there is none: entity data and statements live in the article graph, and support counts
     * are recomputed by {@code updateSupport}. (A jena-text index over a {@code DatasetGraphText} follows deletes
     * by itself; a derived graph, e.g. of merged entities, would be cleaned here.)
     */
    private void retractDerived(Node articleGraph) {
        // nothing derived outside the article graph yet
    }

    private Set<Node> factsOf(Node g) {
        Set<Node> out = new HashSet<>();
        dsg.find(g, Node.ANY, NG.fact, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private void updateSupport(Set<Node> facts) {
        Node support = uri(Iris.SUPPORT_GRAPH);
        for (Node f : facts) {
            Set<Node> graphs = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, NG.fact, f).forEachRemaining(q -> {
                if (!q.getGraph().equals(support)) {
                    graphs.add(Syndication.storyOf(dsg, q.getGraph()));
                }
            });
            dsg.deleteAny(support, f, NG.supportCount, Node.ANY);
            dsg.deleteAny(support, f, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY);
            if (!graphs.isEmpty()) {
                dsg.add(support, f, org.apache.jena.vocabulary.RDF.type.asNode(), NG.Fact);
                dsg.add(support, f, NG.supportCount,
                        NodeFactory.createLiteralDT(Integer.toString(graphs.size()), XSDDatatype.XSDinteger));
            }
        }
    }

    /**
     * Loads the ontology and the reference data into their graphs when they changed since the last load.
     *
     * @return true if they were (re)loaded
     */
    public boolean loadReference(OntologyFiles files, String fingerprint) {
        Node ref = uri(Iris.REFERENCE_GRAPH);
        Node marker = NodeFactory.createLiteralString(fingerprint);
        if (Txn.calculateRead(dsg, () -> dsg.contains(ref, ref, NG.pipelineHash, marker))) {
            return false;
        }
        Txn.executeWrite(dsg, () -> {
            replaceGraph(Iris.ONTOLOGY_GRAPH, List.of(files.ontology()));
            replaceGraph(Iris.REFERENCE_GRAPH, files.referenceFiles());
            replaceGraph(Iris.REFERENCE_MEMBERSHIPS_GRAPH,
                    Files.exists(files.memberships()) ? List.of(files.memberships()) : List.of());
            dsg.add(ref, ref, NG.pipelineHash, marker);
        });
        return true;
    }

    private void replaceGraph(String name, List<Path> sources) {
        Node g = uri(name);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        Graph target = dsg.getGraph(g);
        for (Path p : sources) {
            RDFDataMgr.read(target, p.toUri().toString());
        }
    }

    /** Ids of the articles stored. */
    public List<String> articleIds() {
        return Txn.calculateRead(dsg, () -> {
            List<String> ids = new java.util.ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.DCTerms.identifier.asNode(), Node.ANY)
                    .forEachRemaining(q -> {
                        if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(Iris.ARTICLE)
                                && q.getGraph().equals(q.getSubject())) {
                            ids.add(q.getObject().getLiteralLexicalForm());
                        }
                    });
            ids.sort(null);
            return ids;
        });
    }

    /** Total number of quads. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    static Optional<Quad> first(DatasetGraph d, Node g, Node s, Node p) {
        var it = d.find(g, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Override
    public void close() {
        dsg.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(base);
    }
}
