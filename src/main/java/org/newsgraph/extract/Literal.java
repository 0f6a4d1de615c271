package org.newsgraph.extract;

import java.util.Objects;

/** A literal argument value, such as a date ({@code --02-16}) or a quantity; datatype is an XSD IRI. */
public record Literal(String lexical, String datatype) implements Value {
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    public Literal {
        Objects.requireNonNull(lexical, "lexical");
        Objects.requireNonNull(datatype, "datatype");
    }

    public static Literal string(String s) {
        return new Literal(s, XSD + "string");
    }

    public static Literal bool(boolean b) {
        return new Literal(Boolean.toString(b), XSD + "boolean");
    }

    public static Literal integer(long n) {
        return new Literal(Long.toString(n), XSD + "integer");
    }

    @Override
    public String goldValue() {
        return lexical;
    }
}
