package org.newsgraph.eval;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Value;

/**
 * An extracted fact in the gold format: entities by their English preferred label plus {@code <arg>_qid} where
 * they have a Wikidata id, a mention with its {@code type}, roles by name, {@code former} as a JSON boolean, dates
 * as ISO strings. The same form is the identity of a fact when scoring, so that "facts are sets" holds after
 * mapping to gold names, and {@code --dump} output scores F1 = 1 against the extraction that made it.
 */
public final class GoldMapper {
    private GoldMapper() {}

    /** The gold form of a fact, without evidence (the quote of a statement is not a gold argument). */
    public static JsonObject toGold(Fact f) {
        Map<Arg, Value> args = new EnumMap<>(f.args());
        args.remove(Arg.QUOTE);
        if (f.kind().symmetric() && args.get(Arg.A) != null && args.get(Arg.B) != null
                && name(args.get(Arg.B)).compareTo(name(args.get(Arg.A))) < 0) {
            Value a = args.get(Arg.A);
            args.put(Arg.A, args.get(Arg.B));
            args.put(Arg.B, a);
        }
        JsonObject o = new JsonObject();
        o.addProperty("fact", f.kind().goldName());
        List<Arg> order = new ArrayList<>(GoldSchema.args(f.kind()));
        args.keySet().stream().filter(a -> !order.contains(a)).sorted(Comparator.naturalOrder()).forEach(order::add);
        for (Arg a : order) {
            Value v = args.get(a);
            if (v != null) {
                put(o, a, v);
                if (f.kind() == FactKind.MENTION && v instanceof Entity e) {
                    o.addProperty("type", e.type().localName());
                }
            }
        }
        return o;
    }

    /** The gold form plus {@code evidence} (the evidence text) and {@code rule} (the rule id): a dump line. */
    public static JsonObject toDump(Fact f) {
        JsonObject o = toGold(f);
        o.addProperty("evidence", f.evidence().text());
        o.addProperty("rule", f.evidence().rule());
        return o;
    }

    /** The identity of a fact in gold terms: two facts with one key count once. */
    public static String key(Fact f) {
        return toGold(f).toString();
    }

    private static void put(JsonObject o, Arg a, Value v) {
        String key = a.goldKey();
        if (v instanceof Entity e) {
            o.addProperty(key, e.label());
            if (e.qid() != null) {
                o.addProperty(key + "_qid", e.qid());
            }
        } else if (v instanceof Role r) {
            o.addProperty(key, r.name());
        } else if (a == Arg.FORMER) {
            o.addProperty(key, FactMatcher.isTrue(v));
        } else if (a == Arg.QUANTITY && ((Literal) v).lexical().strip().matches("-?\\d+")) {
            o.addProperty(key, new java.math.BigInteger(((Literal) v).lexical().strip()));
        } else {
            o.addProperty(key, v.goldValue());
        }
    }

    private static String name(Value v) {
        return v instanceof Entity e ? e.label() + "|" + e.qid() : v.goldValue();
    }
}
