package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;
import org.newsgraph.store.NewsGraphStore;
import org.newsgraph.store.StoreValidator;
import org.newsgraph.store.StoreValidator.Finding;
import org.newsgraph.store.StoreValidator.Report;
import org.newsgraph.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validate}: checks the store against {@code ontology/shapes.ttl} and prints the findings grouped by message.
 * Exits 1 when there is at least one violation; warnings are printed but do not fail.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates the store (all its graphs: articles, reference data, ontology) against the SHACL "
                + "shapes of the ontology folder (shapes.ttl) and prints a report.",
                "Exit code 0 when there are no violations (warnings are printed but do not fail), 1 otherwise."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--max-per-message", paramLabel = "N", defaultValue = "20",
            description = "Print at most N results per message (default: ${DEFAULT-VALUE}; 0 for all).")
    int maxPerMessage;

    @Override
    public Integer call() {
        if (!Files.isDirectory(storeOptions.store)) {
            throw new NewsGraphException("no store at " + storeOptions.store + " (run 'newsgraph ingest' first)");
        }
        OntologyFiles files = storeOptions.ontologyFiles();
        StoreValidator validator = StoreValidator.load(files.shapes());
        Report report;
        try (NewsGraphStore store = NewsGraphStore.open(storeOptions.store)) {
            report = validator.validate(store.dataset());
        }
        print(report, System.out);
        System.out.flush();
        return report.conforms() ? 0 : 1;
    }

    private void print(Report r, PrintStream out) {
        PrefixMapping pm = prefixes();
        out.printf("%s: %d violation%s, %d warning%s (%d triples validated against %s in %.1f s)%n",
                r.conforms() ? "conforms" : "does NOT conform", r.violations(), r.violations() == 1 ? "" : "s",
                r.warnings(), r.warnings() == 1 ? "" : "s", r.triples(),
                storeOptions.ontologyFiles().shapes(), r.time().toMillis() / 1000.0);
        for (Map.Entry<String, List<Finding>> group : r.byMessage().entrySet()) {
            List<Finding> fs = group.getValue();
            out.printf("%n%s (%d): %s%n", label(fs.get(0).severity()), fs.size(), shortenIris(group.getKey(), pm));
            int shown = maxPerMessage <= 0 ? fs.size() : Math.min(maxPerMessage, fs.size());
            for (Finding f : fs.subList(0, shown)) {
                StringBuilder b = new StringBuilder("  ").append(shorten(f.focus(), pm));
                if (f.path() != null) {
                    b.append("  path ").append(shortenIris(f.path(), pm));
                }
                if (f.value() != null && !f.value().equals(f.focus())) {
                    b.append("  value ").append(shorten(f.value(), pm));
                }
                Node g = f.articleGraph();
                if (g != null) {
                    b.append("  in graph ").append(shorten(g, pm));
                }
                out.println(b);
            }
            if (shown < fs.size()) {
                out.printf("  ... and %d more (--max-per-message 0 shows all)%n", fs.size() - shown);
            }
        }
    }

    private static String label(StoreValidator.Severity s) {
        return switch (s) {
            case VIOLATION -> "Violation";
            case WARNING -> "Warning";
            case INFO -> "Info";
        };
    }

    static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(Prefixes.standard());
        pm.setNsPrefix("membership", Iris.ENTITY + "membership/");
        pm.setNsPrefix("post", Iris.ENTITY + "post/");
        pm.setNsPrefix("graph", Iris.GRAPH);
        pm.setNsPrefix("ngsh", "https://w3id.org/newsgraph/shapes#");
        pm.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        return pm;
    }

    /** A node for reading: IRIs as prefix:rest whenever a namespace matches (the rest may hold '/'). */
    private static String shorten(Node n, PrefixMapping pm) {
        String s = n.isURI() ? shortIri(n.getURI(), pm) : FmtUtils.stringForNode(n, pm);
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    private static String shortIri(String iri, PrefixMapping pm) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : pm.getNsPrefixMap().entrySet()) {
            if (iri.startsWith(e.getValue()) && e.getValue().length() > bestNs.length()) {
                best = e.getKey();
                bestNs = e.getValue();
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(bestNs.length());
    }

    /** Shortens the {@code <IRI>}s in a message or a SPARQL path. */
    private static String shortenIris(String text, PrefixMapping pm) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<([^<>\\s]+)>").matcher(text);
        while (m.find()) {
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(shortIri(m.group(1), pm)));
        }
        m.appendTail(b);
        return b.toString();
    }
}
