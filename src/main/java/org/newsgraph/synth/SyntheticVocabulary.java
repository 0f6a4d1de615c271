package org.newsgraph.synth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.vocab.NG;

/**
 * The words a synthetic article is made of, for one language: preferred names of states, persons and equipment
 * models from the reference data, and the trigger phrases and role words of the language's lexicon.
 */
record SyntheticVocabulary(String language, List<String> states, List<String> persons, List<String> equipment,
                           List<Lexicon.Trigger> relations, List<Lexicon.Trigger> statements,
                           List<Lexicon.RoleWord> roles) {
    /** Fact kinds whose triggers join two states (or a state and a state-like partner). */
    private static final Set<FactKind> BETWEEN_STATES = EnumSet.of(FactKind.COOPERATES_WITH, FactKind.COMPETES_WITH,
            FactKind.DEPENDS_ON, FactKind.ARMS_TRANSFER, FactKind.PARTNER_OF);

    static SyntheticVocabulary load(OntologyFiles files, String language) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path p : files.referenceFiles()) {
            RDFDataMgr.read(g, p.toUri().toString());
        }
        Path lexFile = files.lexicons().stream().filter(p -> p.getFileName().toString().equals(language + ".lex"))
                .findFirst().orElseThrow(() -> new NewsGraphException("no lexicon for language '" + language
                        + "' in " + files.root().resolve("lexicon") + "; synthetic articles need one"));
        Lexicon lex = Lexicon.read(lexFile);
        List<Lexicon.Trigger> rel = new ArrayList<>();
        List<Lexicon.Trigger> said = new ArrayList<>();
        for (Lexicon.Trigger t : lex.triggers()) {
            if (BETWEEN_STATES.contains(t.kind()) && t.frame() != Lexicon.Frame.O_S_T) {
                rel.add(t);
            } else if (t.kind() == FactKind.STATEMENT) {
                said.add(t);
            }
        }
        SyntheticVocabulary v = new SyntheticVocabulary(language, labels(g, NG.NS + "State", language),
                labels(g, NG.NS + "Person", language), labels(g, NG.NS + "EquipmentModel", language),
                rel, said, lex.roles());
        if (v.states.size() < 2 || v.persons.isEmpty() || v.equipment.isEmpty() || rel.isEmpty() || said.isEmpty()) {
            throw new NewsGraphException("reference data or lexicon for '" + language + "' too small for synthetic "
                    + "articles: need 2 states, a person, an equipment model, relation and statement triggers");
        }
        return v;
    }

    /** Sorted preferred labels in one language of every resource of a type (sorted: output must not depend on hashing). */
    private static List<String> labels(Graph g, String type, String language) {
        Set<String> out = new TreeSet<>();
        Node t = NodeFactory.createURI(type);
        g.find(Node.ANY, RDF.type.asNode(), t).forEachRemaining(tr -> g.find(tr.getSubject(), SKOS.prefLabel.asNode(),
                Node.ANY).forEachRemaining(l -> {
                    if (l.getObject().isLiteral() && language.equals(l.getObject().getLiteralLanguage())) {
                        out.add(l.getObject().getLiteralLexicalForm());
                    }
                }));
        return List.copyOf(out);
    }
}
