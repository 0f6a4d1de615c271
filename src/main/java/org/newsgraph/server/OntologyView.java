package org.newsgraph.server;

import org.apache.jena.graph.Graph;

/**
 * Renders the ontology graph as an HTML page; the server uses {@link OntologyPage#render}.
 */
@FunctionalInterface
interface OntologyView {
    String render(Graph ontology);
}
