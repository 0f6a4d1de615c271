package org.newsgraph.extract;

import java.util.Objects;

/**
 * An entity a fact can name.
 *
 * @param iri       its IRI (reference entities keep theirs; new ones are minted by {@code Iris.entity})
 * @param type      its top-level type
 * @param label     its English preferred label (for new entities, the fullest name seen)
 * @param qid       its Wikidata id where verified, else null
 * @param reference true when it comes from the reference knowledge base
 */
public record Entity(String iri, EntityType type, String label, String qid, boolean reference) implements Value {
    public Entity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public String goldValue() {
        return label;
    }
}
