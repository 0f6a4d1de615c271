package org.newsgraph.extract;

/** The value of a fact argument: an entity, a role, or a literal. */
public sealed interface Value permits Entity, Role, Literal {
    /** How the guidelines' gold format writes this value. */
    String goldValue();
}
