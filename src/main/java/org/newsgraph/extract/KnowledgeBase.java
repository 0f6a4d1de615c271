package org.newsgraph.extract;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.NewsGraphException;
import org.newsgraph.vocab.NG;

/**
 * The reference knowledge base: every entity of {@code ontology/reference/*.ttl} with its type (resolved through
 * the ontology's class hierarchy), labels, aliases and demonyms, and the capital of each state. Immutable and
 * thread-safe once loaded.
 */
public final class KnowledgeBase {
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** One reference entity and its names. */
    public record Names(Entity entity, List<String> preferred, List<String> aliases, List<String> demonyms) {}

    private final Map<String, Names> byIri;
    private final Map<String, Entity> stateOfCapital;
    /** Equipment: model -> category, variant -> model, category -> broader category. */
    private final Map<String, Set<String>> equipmentParents;
    /** Reference posts: person -> role local name -> the state or organisation of the post. */
    private final Map<String, Map<String, String>> posts;

    private KnowledgeBase(Map<String, Names> byIri, Map<String, Entity> stateOfCapital,
                          Map<String, Set<String>> equipmentParents, Map<String, Map<String, String>> posts) {
        this.byIri = byIri;
        this.stateOfCapital = stateOfCapital;
        this.equipmentParents = equipmentParents;
        this.posts = posts;
    }

    /** Loads the ontology (for the class hierarchy) and the reference files. */
    public static KnowledgeBase load(Path ontology, List<Path> referenceFiles) {
        Graph g = GraphFactory.createDefaultGraph();
        parse(ontology, g);
        for (Path p : referenceFiles) {
            parse(p, g);
        }
        return fromGraph(g);
    }

    private static void parse(Path p, Graph g) {
        try {
            RDFDataMgr.read(g, p.toUri().toString());
        } catch (RiotException e) {
            throw new NewsGraphException("cannot parse " + p + ": " + e.getMessage(), e);
        }
    }

    /** Builds the knowledge base from a graph holding the ontology and the reference entities. */
    public static KnowledgeBase fromGraph(Graph g) {
        Map<Node, Optional<EntityType>> typeCache = new HashMap<>();
        Map<String, Names> byIri = new LinkedHashMap<>();
        List<Node> subjects = g.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet()
                .stream().filter(Node::isURI).sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
        for (Node s : subjects) {
            Optional<EntityType> type = g.find(s, RDF.type.asNode(), Node.ANY).toList().stream()
                    .map(t -> typeCache.computeIfAbsent(t.getObject(), c -> topType(g, c)))
                    .flatMap(Optional::stream).findFirst();
            if (type.isEmpty()) {
                continue;
            }
            List<String> pref = literals(g, s, SKOS.prefLabel.asNode());
            if (pref.isEmpty()) {
                continue;
            }
            String english = englishLabel(g, s).orElse(pref.get(0));
            String qid = g.find(s, SKOS.exactMatch.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                    .filter(o -> o.isURI() && o.getURI().startsWith(WIKIDATA))
                    .map(o -> o.getURI().substring(WIKIDATA.length())).findFirst().orElse(null);
            Entity e = new Entity(s.getURI(), type.get(), english, qid, true);
            byIri.put(s.getURI(), new Names(e, pref, literals(g, s, SKOS.altLabel.asNode()),
                    literals(g, s, NG.demonym)));
        }
        Map<String, Entity> capitals = new HashMap<>();
        g.find(Node.ANY, NG.capital, Node.ANY).forEach(t -> {
            Names state = byIri.get(t.getSubject().getURI());
            if (state != null && t.getObject().isURI()) {
                capitals.put(t.getObject().getURI(), state.entity());
            }
        });
        Map<String, Set<String>> parents = new HashMap<>();
        for (Node p : List.of(NG.category, NG.variantOf, SKOS.broader.asNode())) {
            g.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (t.getSubject().isURI() && t.getObject().isURI()) {
                    parents.computeIfAbsent(t.getSubject().getURI(), x -> new HashSet<>()).add(t.getObject().getURI());
                }
            });
        }
        Map<String, Map<String, String>> posts = new HashMap<>();
        g.find(Node.ANY, NG.of("role"), Node.ANY).forEach(t -> {
            Node post = t.getSubject();
            Node person = first(g, post, NG.of("person"));
            Node of = first(g, post, NG.of("of"));
            if (person != null && of != null && person.isURI() && of.isURI() && t.getObject().isURI()) {
                String role = t.getObject().getURI().substring(NG.NS.length());
                posts.computeIfAbsent(person.getURI(), x -> new HashMap<>()).putIfAbsent(role, of.getURI());
            }
        });
        return new KnowledgeBase(byIri, capitals, parents, posts);
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Optional<String> englishLabel(Graph g, Node s) {
        return g.find(s, SKOS.prefLabel.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase("en"))
                .map(Node::getLiteralLexicalForm).findFirst();
    }

    private static List<String> literals(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).distinct().sorted().toList();
    }

    /** The nearest of the top-level classes above {@code c} (breadth first through rdfs:subClassOf). */
    private static Optional<EntityType> topType(Graph g, Node c) {
        Deque<Node> queue = new ArrayDeque<>(List.of(c));
        Set<Node> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            if (!n.isURI() || !seen.add(n)) {
                continue;
            }
            Optional<EntityType> t = EntityType.ofClassIri(n.getURI());
            if (t.isPresent()) {
                return t;
            }
            g.find(n, RDFS.subClassOf.asNode(), Node.ANY).forEach(x -> queue.add(x.getObject()));
        }
        return Optional.empty();
    }

    public Optional<Entity> get(String iri) {
        return Optional.ofNullable(byIri.get(iri)).map(Names::entity);
    }

    public Collection<Names> all() {
        return byIri.values();
    }

    public int size() {
        return byIri.size();
    }

    /** The state whose capital this place is (for capitals standing for their government), if any. */
    public Optional<Entity> stateOfCapital(Entity place) {
        return Optional.ofNullable(stateOfCapital.get(place.iri()));
    }

    /**
     * True when equipment {@code narrower} is, or falls under, {@code broader}: through a model's category, a
     * variant's model and a category's broader categories.
     */
    public boolean isKindOf(String narrower, String broader) {
        Deque<String> queue = new ArrayDeque<>(List.of(narrower));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String n = queue.poll();
            if (n.equals(broader)) {
                return true;
            }
            if (seen.add(n)) {
                queue.addAll(equipmentParents.getOrDefault(n, Set.of()));
            }
        }
        return false;
    }

    /** True for an equipment category at the top of the taxonomy ("military equipment"): it names no item. */
    public boolean isGenericEquipment(Entity e) {
        return e.type() == EntityType.EQUIPMENT && e.reference() && !equipmentParents.containsKey(e.iri());
    }

    /** The state or organisation of a reference person's post in this role, if the knowledge base records one. */
    public Optional<Entity> postOf(Entity person, Role role) {
        String of = posts.getOrDefault(person.iri(), Map.of()).get(role.name());
        return of == null ? Optional.empty() : get(of);
    }

    /** All reference entities of one type. */
    public List<Entity> ofType(EntityType type) {
        List<Entity> out = new ArrayList<>();
        for (Names n : byIri.values()) {
            if (n.entity().type() == type) {
                out.add(n.entity());
            }
        }
        return out;
    }
}
