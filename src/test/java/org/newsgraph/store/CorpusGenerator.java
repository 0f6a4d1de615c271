package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.OntologyFiles;
import org.newsgraph.vocab.NG;

/**
 * Writes small English defence-news articles made from templates filled with the English names of reference
 * states and organisations, deterministically from a seed. Version 2 of an article (for re-ingest tests) keeps its
 * id and changes its text.
 */
public final class CorpusGenerator {
    private static final String[] TEMPLATES = {
        "%1$s and %2$s signed a defence cooperation agreement on Monday, officials said.",
        "%1$s delivered air defence radars to %2$s last year under a contract signed in %4$d.",
        "The defence minister of %1$s visited %2$s to discuss the purchase of armoured vehicles.",
        "%1$s is a member of %3$s and held a joint exercise with %2$s in May.",
        "%2$s and %1$s compete for the arms market of %3$s members, analysts in %2$s said.",
        "%1$s depends on %2$s for spare parts of its fighter aircraft, a report said in %4$d.",
    };

    private final List<String> states;
    private final List<String> organisations;

    public CorpusGenerator(OntologyFiles files) {
        this.states = englishLabels(files.root().resolve("reference/states.ttl"), NG.State);
        this.organisations = englishLabels(files.root().resolve("reference/organizations.ttl"), null);
        if (states.size() < 10 || organisations.isEmpty()) {
            throw new IllegalStateException("reference data too small for the generator: " + states.size() + " states");
        }
    }

    private static List<String> englishLabels(Path file, Node type) {
        Graph g = RDFDataMgr.loadGraph(file.toUri().toString());
        TreeSet<String> out = new TreeSet<>();
        g.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t -> {
            boolean typed = type == null || g.contains(t.getSubject(), RDF.type.asNode(), type);
            if (typed && "en".equals(t.getObject().getLiteralLanguage())) {
                out.add(t.getObject().getLiteralLexicalForm());
            }
        });
        return new ArrayList<>(out);
    }

    /** The text of article {@code index} in the given version (1 or 2). */
    public String text(long seed, int index, int version) {
        Random r = new Random(seed * 1_000_003L + index * 31L + version);
        StringBuilder b = new StringBuilder();
        b.append(pick(r, states)).append(" and ").append(pick(r, states)).append(" talk arms\n\n");
        int sentences = 2 + r.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            String a = pick(r, states);
            String c = pick(r, states);
            String t = TEMPLATES[r.nextInt(TEMPLATES.length)];
            b.append(String.format(t, a, c, pick(r, organisations), 1995 + r.nextInt(30))).append(' ');
        }
        return b.toString().strip() + "\n";
    }

    /**
     * Writes {@code count} articles into {@code dir}; articles whose index is below {@code changedBelow} get their
     * version-2 text when {@code version} is 2, the others always keep version 1.
     */
    public List<Path> write(Path dir, long seed, int count, int version, int changedBelow) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                int v = version == 2 && i < changedBelow ? 2 : 1;
                Path f = dir.resolve(String.format("gen_%04d.txt", i));
                Files.writeString(f, text(seed, i, v));
                files.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
