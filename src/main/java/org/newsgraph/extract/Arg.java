package org.newsgraph.extract;

/**
 * The arguments of facts: the key of the guidelines' gold format and the ontology property of the statement.
 * The two sides of a symmetric fact ({@link #A}, {@link #B}) share the property {@code ng:party}.
 */
public enum Arg {
    ENTITY("entity", "entity"),
    MEMBER("member", "member"),
    ORGANIZATION("organization", "organization"),
    PARTNER("partner", "partner"),
    PARTICIPANT("participant", "participant"),
    PROGRAMME("programme", "programme"),
    PERSON("person", "person"),
    ROLE("role", "role"),
    OF("of", "of"),
    FORMER("former", "former"),
    SUPPLIER("supplier", "supplier"),
    RECIPIENT("recipient", "recipient"),
    EQUIPMENT("equipment", "equipment"),
    QUANTITY("quantity", "quantity"),
    A("a", "party"),
    B("b", "party"),
    DEPENDENT("dependent", "dependent"),
    PROVIDER("provider", "provider"),
    PLACE("place", "place"),
    DATE("date", "date"),
    SPEAKER("speaker", "speaker"),
    QUOTE("quote", "quote");

    private final String goldKey;
    private final String property;

    Arg(String goldKey, String property) {
        this.goldKey = goldKey;
        this.property = property;
    }

    public String goldKey() {
        return goldKey;
    }

    /** Local name of the statement property in the ontology. */
    public String property() {
        return property;
    }
}
