package org.newsgraph.interop;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;

/** RDF4J statements to a Jena dataset, term by term (no serialisation in between), so the two can be compared. */
final class RioConversion {
    private RioConversion() {}

    static DatasetGraph toJena(Iterable<Statement> statements) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (Statement st : statements) {
            Node g = st.getContext() == null ? Quad.defaultGraphIRI : node(st.getContext());
            dsg.add(g, node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
        }
        return dsg;
    }

    static Node node(Value v) {
        if (v instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (v instanceof BNode b) {
            return NodeFactory.createBlankNode(b.getID());
        }
        if (v instanceof Literal l) {
            if (l.getLanguage().isPresent()) {
                return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
            }
            return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
        }
        throw new IllegalArgumentException("not an RDF term RDF4J can hand over: " + v);
    }
}
