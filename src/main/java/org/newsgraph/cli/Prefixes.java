package org.newsgraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/** The prefixes NewsGraph writes RDF with. */
final class Prefixes {
    private Prefixes() {}

    static Map<String, String> standard() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ng", NG.NS);
        for (String kind : new String[] {"state", "place", "intorg", "organization", "person", "programme", "equipment"}) {
            m.put(kind, Iris.ENTITY + kind + "/");
        }
        m.put("article", Iris.ARTICLE);
        m.put("statement", Iris.STATEMENT);
        m.put("fact", Iris.FACT);
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return m;
    }
}
