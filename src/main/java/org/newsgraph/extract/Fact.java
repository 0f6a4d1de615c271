package org.newsgraph.extract;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One extracted fact: its kind, its argument values and the evidence for it. A mention is a fact too
 * (kind {@link FactKind#MENTION}, argument {@link Arg#ENTITY}).
 */
public record Fact(FactKind kind, Map<Arg, Value> args, Evidence evidence) {
    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        EnumMap<Arg, Value> copy = new EnumMap<>(Arg.class);
        copy.putAll(args);
        for (Arg a : kind.required()) {
            if (!copy.containsKey(a)) {
                throw new IllegalArgumentException(kind.goldName() + " fact lacks its required argument '"
                        + a.goldKey() + "' (has " + copy.keySet() + ")");
            }
        }
        args = Collections.unmodifiableMap(copy);
    }

    public Entity entity(Arg a) {
        return args.get(a) instanceof Entity e ? e : null;
    }

    /**
     * A key naming the fact independently of where it was found: kind plus arguments (symmetric arguments sorted).
     * Two articles that state the same fact produce the same key.
     */
    public String canonicalKey() {
        Map<Arg, Value> a = new EnumMap<>(args);
        a.remove(Arg.QUOTE);
        if (kind.symmetric()) {
            String x = id(a.get(Arg.A));
            String y = id(a.get(Arg.B));
            if (x.compareTo(y) > 0) {
                Value t = a.get(Arg.A);
                a.put(Arg.A, a.get(Arg.B));
                a.put(Arg.B, t);
            }
        }
        return kind.goldName() + "|" + a.entrySet().stream().map(e -> e.getKey().goldKey() + "=" + id(e.getValue()))
                .collect(Collectors.joining("|"));
    }

    private static String id(Value v) {
        if (v instanceof Entity e) {
            return e.iri();
        }
        if (v instanceof Role r) {
            return r.iri();
        }
        Literal l = (Literal) v;
        return l.lexical() + "^^" + l.datatype();
    }
}
