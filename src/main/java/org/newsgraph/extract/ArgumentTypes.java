package org.newsgraph.extract;

import java.util.EnumSet;
import java.util.Set;

/** Which entity types may fill each argument of each fact kind (GUIDELINES.md). */
final class ArgumentTypes {
    private static final Set<EntityType> ACTORS = EnumSet.of(EntityType.STATE, EntityType.INTERNATIONAL_ORGANIZATION,
            EntityType.ORGANIZATION);
    private static final Set<EntityType> ORGS = EnumSet.of(EntityType.INTERNATIONAL_ORGANIZATION, EntityType.ORGANIZATION);

    private ArgumentTypes() {}

    static Set<EntityType> of(FactKind kind, Arg arg) {
        return switch (arg) {
            case MEMBER -> EnumSet.of(EntityType.STATE, EntityType.PERSON);
            case ORGANIZATION, OF -> ORGS;
            case PARTNER -> EnumSet.of(EntityType.STATE, EntityType.ORGANIZATION);
            case PARTICIPANT, SUPPLIER, RECIPIENT, DEPENDENT, PROVIDER -> ACTORS;
            case PROGRAMME -> EnumSet.of(EntityType.PROGRAMME);
            case PERSON, SPEAKER -> EnumSet.of(EntityType.PERSON);
            case PLACE -> EnumSet.of(EntityType.PLACE, EntityType.STATE);
            case A, B -> kind == FactKind.COMPETES_WITH ? EnumSet.of(EntityType.STATE, EntityType.ORGANIZATION) : ACTORS;
            case EQUIPMENT -> EnumSet.of(EntityType.EQUIPMENT);
            default -> EnumSet.noneOf(EntityType.class);
        };
    }

    /** The argument a frame's S stands for, and O. */
    static Arg first(FactKind kind) {
        return kind.subject();
    }

    static Arg second(FactKind kind) {
        return kind == FactKind.STATEMENT ? null : kind.object();
    }
}
