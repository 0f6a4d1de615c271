package org.newsgraph.extract;

import java.util.Optional;
import org.newsgraph.vocab.NG;

/** The entity types of the guidelines' {@code mention} fact, each the top of a branch of the ontology. */
public enum EntityType {
    STATE("State", "state"),
    INTERNATIONAL_ORGANIZATION("InternationalOrganization", "intorg"),
    ORGANIZATION("Organization", "organization"),
    PERSON("Person", "person"),
    EQUIPMENT("Equipment", "equipment"),
    PLACE("Place", "place"),
    PROGRAMME("Programme", "programme");

    private final String localName;
    private final String iriKind;

    EntityType(String localName, String iriKind) {
        this.localName = localName;
        this.iriKind = iriKind;
    }

    /** The name used by the guidelines and the local name of the ontology class. */
    public String localName() {
        return localName;
    }

    /** The IRI path segment of entities of this type ({@code id/state/...}). */
    public String iriKind() {
        return iriKind;
    }

    public String classIri() {
        return NG.NS + localName;
    }

    public static Optional<EntityType> ofClassIri(String iri) {
        for (EntityType t : values()) {
            if (t.classIri().equals(iri)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static Optional<EntityType> ofName(String name) {
        for (EntityType t : values()) {
            if (t.localName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
