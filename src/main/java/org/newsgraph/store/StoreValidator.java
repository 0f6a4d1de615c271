package org.newsgraph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraphException;
import org.newsgraph.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a store against the SHACL shapes of {@code ontology/shapes.ttl}. The data graph is the union of all
 * named graphs (articles, reference data, reference memberships, ontology, support), so {@code sh:class} sees the
 * types of reference entities and the ontology's {@code rdfs:subClassOf}. Each finding names the graphs its focus
 * node is described in, so an extracted statement can be traced to its article.
 *
 * <pre>{@code
 * StoreValidator v = StoreValidator.load(ontologyFiles.shapes());
 * StoreValidator.Report r = v.validate(store.dataset());
 * if (!r.conforms()) { ... r.findings() ... }
 * }</pre>
 */
public final class StoreValidator {
    private static final Logger LOG = LoggerFactory.getLogger(StoreValidator.class);
    /** At most this many graphs are named per finding. */
    private static final int MAX_GRAPHS = 3;

    /** How serious a finding is; only violations make a store fail validation. */
    public enum Severity { VIOLATION, WARNING, INFO }

    /**
     * One validation result.
     *
     * @param message the shape's message
     * @param path    the property path (SPARQL syntax, full IRIs), or null for node-level results
     * @param value   the offending value, or null
     * @param shape   the shape that produced it
     * @param graphs  named graphs in which the focus node is a subject (articles first), at most three
     */
    public record Finding(Severity severity, String message, Node focus, String path, Node value, Node shape,
                          List<Node> graphs) {
        public Finding {
            graphs = List.copyOf(graphs);
        }

        /** The article graph the focus node comes from, or null when it is not described in an article graph. */
        public Node articleGraph() {
            return graphs.stream().filter(g -> g.isURI() && g.getURI().startsWith(Iris.ARTICLE)).findFirst()
                    .orElse(null);
        }
    }

    /** The outcome of one validation run. */
    public record Report(List<Finding> findings, long triples, Duration time) {
        public Report {
            findings = List.copyOf(findings);
        }

        public long violations() {
            return count(Severity.VIOLATION);
        }

        public long warnings() {
            return count(Severity.WARNING);
        }

        /** True when there is no violation (warnings and infos do not count). */
        public boolean conforms() {
            return violations() == 0;
        }

        /** Findings grouped by message, violations first, then by message text. */
        public Map<String, List<Finding>> byMessage() {
            Map<String, List<Finding>> out = new LinkedHashMap<>();
            findings.stream()
                    .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::message)
                            .thenComparing(f -> f.focus().toString()))
                    .forEach(f -> out.computeIfAbsent(f.message(), k -> new ArrayList<>()).add(f));
            return out;
        }

        private long count(Severity s) {
            return findings.stream().filter(f -> f.severity() == s).count();
        }
    }

    private final Shapes shapes;

    private StoreValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Reads the shapes from a Turtle file. */
    public static StoreValidator load(Path shapesFile) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFDataMgr.read(g, shapesFile.toUri().toString());
            return new StoreValidator(Shapes.parse(g));
        } catch (RiotException | ShaclParseException e) {
            throw new NewsGraphException("cannot read the SHACL shapes " + shapesFile + ": " + e.getMessage(), e);
        }
    }

    /** Uses shapes already in a graph. */
    public static StoreValidator of(Graph shapesGraph) {
        return new StoreValidator(Shapes.parse(shapesGraph));
    }

    /**
     * Validates the union of the dataset's named graphs, in one read transaction. The union is first copied into
     * memory: the SHACL engine makes many small lookups per focus node, which are several times faster on an
     * in-memory graph than on TDB2's union graph (measured: 6x on 300 articles).
     */
    public Report validate(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long t0 = System.nanoTime();
            Graph union = GraphFactory.createDefaultGraph();
            dsg.getUnionGraph().find().forEachRemaining(union::add);
            ValidationReport r = ShaclValidator.get().validate(shapes, union);
            List<Finding> findings = new ArrayList<>();
            for (ReportEntry e : r.getEntries()) {
                findings.add(finding(e, graphsOf(dsg, e.focusNode())));
            }
            Report report = new Report(findings, union.size(), Duration.ofNanos(System.nanoTime() - t0));
            LOG.info("validated {} triples: {} violations, {} warnings in {} ms", report.triples(),
                    report.violations(), report.warnings(), report.time().toMillis());
            return report;
        });
    }

    /** Validates one graph (for fixtures and single extractions); findings name no graphs. */
    public Report validate(Graph data) {
        long t0 = System.nanoTime();
        ValidationReport r = ShaclValidator.get().validate(shapes, data);
        List<Finding> findings = r.getEntries().stream().map(e -> finding(e, List.of())).toList();
        return new Report(findings, data.size(), Duration.ofNanos(System.nanoTime() - t0));
    }

    private static Finding finding(ReportEntry e, List<Node> graphs) {
        Severity s = switch (e.severity().level().getLocalName()) {
            case "Violation" -> Severity.VIOLATION;
            case "Warning" -> Severity.WARNING;
            default -> Severity.INFO;
        };
        String path = e.resultPath() == null ? null : e.resultPath().toString();
        String message = e.message() == null ? "(shape " + e.source() + " has no message)" : e.message();
        return new Finding(s, message, e.focusNode(), path, e.value(), e.source(), graphs);
    }

    private static List<Node> graphsOf(DatasetGraph dsg, Node focus) {
        Set<Node> graphs = new LinkedHashSet<>();
        Set<Node> others = new LinkedHashSet<>();
        dsg.find(Node.ANY, focus, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node g = q.getGraph();
            (g.isURI() && g.getURI().startsWith(Iris.ARTICLE) ? graphs : others).add(g);
        });
        graphs.addAll(others);
        return graphs.stream().limit(MAX_GRAPHS).toList();
    }
}
