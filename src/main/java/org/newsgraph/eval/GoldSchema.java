package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.FactKind;

/**
 * The arguments the gold format allows for each fact kind (GUIDELINES.md, "Fact kinds") and how each is
 * written. {@code mention} has in addition its {@code type}; {@code quantity} of an arms transfer is not in the
 * guidelines but is read (and compared) when a gold file gives it, so that dumps read back.
 */
public final class GoldSchema {
    /** How an argument value is written in gold. */
    public enum ValueKind { ENTITY, ROLE, BOOLEAN, DATE, INTEGER }

    private GoldSchema() {}

    public static ValueKind valueKind(Arg a) {
        return switch (a) {
            case ROLE -> ValueKind.ROLE;
            case FORMER -> ValueKind.BOOLEAN;
            case DATE -> ValueKind.DATE;
            case QUANTITY -> ValueKind.INTEGER;
            default -> ValueKind.ENTITY;
        };
    }

    /** The arguments a gold fact may leave out: then they are not compared. */
    public static List<Arg> optional(FactKind k) {
        return switch (k) {
            case HOLDS_POSITION -> List.of(Arg.OF, Arg.FORMER);
            case ARMS_TRANSFER -> List.of(Arg.EQUIPMENT, Arg.QUANTITY);
            case VISIT -> List.of(Arg.DATE);
            default -> List.of();
        };
    }

    /** Required then optional arguments, in the order the dump writes them. */
    public static List<Arg> args(FactKind k) {
        List<Arg> all = new ArrayList<>(k.required());
        all.addAll(optional(k));
        return all;
    }

    public static Arg arg(FactKind k, String goldKey) {
        for (Arg a : args(k)) {
            if (a.goldKey().equals(goldKey)) {
                return a;
            }
        }
        return null;
    }
}
