package org.newsgraph.eval;

import java.util.EnumMap;
import java.util.Map;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Value;

/**
 * Whether an extracted fact matches a gold fact, as GUIDELINES.md ("How matching counts") defines it: same kind;
 * every argument the gold fact gives matches (those it leaves out are not compared); symmetric kinds in either
 * order; a mention's type must match. An extracted fact without {@code former} counts as {@code former: false}.
 */
public final class FactMatcher {
    private final EntityNames names;

    public FactMatcher(EntityNames names) {
        this.names = names;
    }

    public boolean matches(GoldFact g, Fact x) {
        if (g.kind() != x.kind()) {
            return false;
        }
        if (g.kind() == FactKind.MENTION) {
            Entity e = x.entity(Arg.ENTITY);
            if (e == null || e.type() != g.type()) {
                return false;
            }
        }
        if (argsMatch(g, x.args())) {
            return true;
        }
        return g.kind().symmetric() && argsMatch(g, swapped(x.args()));
    }

    private static Map<Arg, Value> swapped(Map<Arg, Value> args) {
        Map<Arg, Value> s = new EnumMap<>(args);
        s.put(Arg.A, args.get(Arg.B));
        s.put(Arg.B, args.get(Arg.A));
        return s;
    }

    private boolean argsMatch(GoldFact g, Map<Arg, Value> args) {
        for (Map.Entry<Arg, String> e : g.args().entrySet()) {
            if (!valueMatches(e.getKey(), e.getValue(), g.qids().get(e.getKey()), args.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private boolean valueMatches(Arg a, String gold, String qid, Value v) {
        return switch (GoldSchema.valueKind(a)) {
            case ENTITY -> v instanceof Entity e && names.matches(gold, qid, e);
            case ROLE -> v instanceof Role r && r.name().equals(gold);
            case BOOLEAN -> Boolean.parseBoolean(gold) == isTrue(v);
            case DATE -> v instanceof Literal l && l.lexical().strip().equals(gold);
            case INTEGER -> v instanceof Literal l && sameInteger(l.lexical(), gold);
        };
    }

    /** {@code former} as an xsd:boolean literal; absent means false. */
    static boolean isTrue(Value v) {
        return v instanceof Literal l && (l.lexical().strip().equals("true") || l.lexical().strip().equals("1"));
    }

    private static boolean sameInteger(String lexical, String gold) {
        try {
            return new java.math.BigInteger(lexical.strip()).equals(new java.math.BigInteger(gold));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
