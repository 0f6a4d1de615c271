package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The NewsGraph ontology vocabulary ({@code ng:}), as declared in {@code ontology/newsgraph.ttl}.
 * Constants are named exactly like the RDF local names; a test checks each one is declared in the ontology.
 */
public final class NG {
    /** The ontology namespace (a hash namespace). */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** The ontology IRI. */
    public static final String ONTOLOGY = "https://w3id.org/newsgraph/ontology";

    private NG() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // classes
    public static final Node State = term("State");
    public static final Node InternationalOrganization = term("InternationalOrganization");
    public static final Node Organization = term("Organization");
    public static final Node Person = term("Person");
    public static final Node Place = term("Place");
    public static final Node Programme = term("Programme");
    public static final Node Equipment = term("Equipment");
    public static final Node NewsArticle = term("NewsArticle");
    public static final Node Fact = term("Fact");
    public static final Node Mention = term("Mention");

    // entity properties (reference data)
    public static final Node capital = term("capital");
    public static final Node demonym = term("demonym");
    public static final Node locatedIn = term("locatedIn");
    public static final Node category = term("category");
    public static final Node variantOf = term("variantOf");

    // article properties
    public static final Node text = term("text");
    public static final Node contentHash = term("contentHash");
    public static final Node pipelineHash = term("pipelineHash");
    public static final Node ingestedAt = term("ingestedAt");
    public static final Node sentenceCount = term("sentenceCount");
    public static final Node mentions = term("mentions");
    public static final Node syndicatedFrom = term("syndicatedFrom");
    public static final Node leadHash = term("leadHash");

    // statement arguments and provenance
    public static final Node entity = term("entity");
    public static final Node sourceArticle = term("sourceArticle");
    public static final Node sentenceIndex = term("sentenceIndex");
    public static final Node startOffset = term("startOffset");
    public static final Node endOffset = term("endOffset");
    public static final Node evidence = term("evidence");
    public static final Node extractionRule = term("extractionRule");
    public static final Node confidence = term("confidence");
    public static final Node fact = term("fact");
    public static final Node supportCount = term("supportCount");

    /** A term of the ontology by local name, for fact kinds and arguments listed as data. */
    public static Node of(String localName) {
        return term(localName);
    }
}
