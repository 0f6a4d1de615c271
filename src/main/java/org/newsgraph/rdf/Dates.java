package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** ISO 8601 dates, full or partial, as typed literals: xsd:date, xsd:gYearMonth, xsd:gMonthDay, xsd:gYear. */
public final class Dates {
    private Dates() {}

    public static Node literal(String iso) {
        return NodeFactory.createLiteralDT(iso, datatype(iso));
    }

    public static XSDDatatype datatype(String iso) {
        if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return XSDDatatype.XSDdate;
        }
        if (iso.matches("\\d{4}-\\d{2}")) {
            return XSDDatatype.XSDgYearMonth;
        }
        if (iso.matches("--\\d{2}-\\d{2}")) {
            return XSDDatatype.XSDgMonthDay;
        }
        if (iso.matches("\\d{4}")) {
            return XSDDatatype.XSDgYear;
        }
        if (iso.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return XSDDatatype.XSDdateTime;
        }
        throw new IllegalArgumentException("'" + iso + "' is not an ISO 8601 date (YYYY-MM-DD, YYYY-MM, --MM-DD or YYYY)");
    }
}
