package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the entities that can fill an argument near a trigger: by type, with capitals standing for their state
 * where a state is wanted ("Kiev was accused"), adjectives ("Russian arms") only where a state is wanted, and lists
 * ("Russia, together with Israel and South Africa") expanded.
 */
final class Slots {
    /** An entity filling an argument, with where it was found. */
    record Filler(Entity entity, Occurrence at) {}

    private final KnowledgeBase kb;

    Slots(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The entity an occurrence names itself, without metonymy, if it is of these types; else null. */
    static Entity literal(Occurrence o, Set<EntityType> types) {
        return types.contains(o.entity().type()) ? o.entity() : null;
    }

    /** The entity an occurrence stands for in an argument of these types, or null. */
    Entity resolve(Occurrence o, Set<EntityType> types) {
        Entity e = o.entity();
        if (o.demonym() && !types.contains(EntityType.STATE)) {
            return null;
        }
        if (types.contains(e.type())) {
            return e;
        }
        if (e.type() == EntityType.PLACE && types.contains(EntityType.STATE)) {
            return kb.stateOfCapital(e).orElse(null);
        }
        return null;
    }

    /** An adjective fills an argument only next to the trigger ("dependence on Russian arms"). */
    static final int DEMONYM_REACH = 1;

    /** The nearest filler left of piece {@code from} (exclusive) within {@code max} pieces. */
    Filler left(SentenceView v, int from, int max, Set<EntityType> types, Entity not) {
        return left(v, from, max, types, not, Set.of());
    }

    /** As {@link #left(SentenceView, int, int, Set, Entity)}, passing over the occurrences in {@code skip}. */
    Filler left(SentenceView v, int from, int max, Set<EntityType> types, Entity not, Set<Occurrence> skip) {
        List<Occurrence> os = v.occurrences();
        for (int i = os.size() - 1; i >= 0; i--) {
            Occurrence o = os.get(i);
            if (skip.contains(o)) {
                continue;
            }
            if (o.end() <= from && from - o.end() <= (o.demonym() ? Math.min(max, DEMONYM_REACH) : max)) {
                Entity e = resolve(o, types);
                if (e != null && !e.equals(not)) {
                    return new Filler(e, o);
                }
            }
        }
        return null;
    }

    /** The nearest filler right of piece {@code from} (inclusive) within {@code max} pieces. */
    Filler right(SentenceView v, int from, int max, Set<EntityType> types, Entity not) {
        for (Occurrence o : v.occurrences()) {
            if (o.start() >= from && o.start() - from <= (o.demonym() ? Math.min(max, DEMONYM_REACH) : max)) {
                Entity e = resolve(o, types);
                if (e != null && !e.equals(not)) {
                    return new Filler(e, o);
                }
            }
        }
        return null;
    }

    /**
     * The filler plus the entities listed with it: neighbours of the same types joined to it by nothing but
     * punctuation or conjunctions ("and", "together with", "kasama ang", "и").
     */
    List<Filler> list(SentenceView v, Filler f, Set<EntityType> types, LanguageRules rules) {
        List<Filler> out = new ArrayList<>(List.of(f));
        List<Occurrence> os = v.occurrences();
        int at = os.indexOf(f.at());
        for (int dir = -1; dir <= 1; dir += 2) {
            Occurrence prev = f.at();
            for (int i = at + dir; i >= 0 && i < os.size(); i += dir) {
                Occurrence o = os.get(i);
                Entity e = resolve(o, types);
                if (e == null || !joined(v, dir < 0 ? o : prev, dir < 0 ? prev : o, rules)) {
                    break;
                }
                if (out.stream().noneMatch(x -> x.entity().equals(e))) {
                    out.add(new Filler(e, o));
                }
                prev = o;
            }
        }
        return out;
    }

    private static boolean joined(SentenceView v, Occurrence left, Occurrence right, LanguageRules rules) {
        if (right.start() < left.end()) {
            return false;
        }
        if (right.start() == left.end()) {
            return v.gap(left.end() - 1, right.start()).contains(",");
        }
        return rules.is(Lexicon.WordClass.CONJUNCTION, v.pieces(), left.end(), right.start());
    }
}
