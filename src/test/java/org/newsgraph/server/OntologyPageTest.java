package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.OntologyFiles;
import org.newsgraph.vocab.NG;

class OntologyPageTest {
    static Graph ontology() {
        return RDFDataMgr.loadGraph(OntologyFiles.locate().ontology().toUri().toString());
    }

    @Test
    void everyTermHasAnAnchorAndItsLabelsInThreeLanguages() {
        String html = OntologyPage.render(ontology());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String local : new String[] {"State", "MilitaryAlliance", "MembershipStatement", "memberOf", "confidence",
                "HeadOfState", "directProperty"}) {
            assertTrue(html.contains("id=\"" + local + "\""), local);
        }
        assertTrue(html.contains("государство"), "Russian label of ng:State");
        assertTrue(html.contains("estado"), "Tagalog label of ng:State");
        assertTrue(html.contains("<a href=\"#State\">ng:State</a>"), "links to anchors");
        assertTrue(html.contains("wd:Q3624078"), "alignment of ng:State");
        assertFalse(html.contains("<link") || html.contains("<script"), "no external assets");
    }

    @Test
    void textFromTheGraphIsEscaped() {
        Graph g = ontology();
        g.delete(NodeFactory.createURI(NG.NS + "State"), RDFS.comment.asNode(), org.apache.jena.graph.Node.ANY);
        g.add(NodeFactory.createURI(NG.NS + "State"), RDFS.comment.asNode(),
                NodeFactory.createLiteralLang("<script>alert('x')</script> & more", "en"));
        String html = OntologyPage.render(g);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
    }
}
