package org.newsgraph.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.FactKind;

/**
 * One line of a gold file.
 *
 * @param kind     the fact kind
 * @param args     argument values as gold writes them: entity names, role names, {@code true}/{@code false},
 *                 ISO dates, integers
 * @param qids     Wikidata ids given for entity arguments ({@code member_qid})
 * @param type     the entity type of a {@code mention}, else null
 * @param optional an acceptable fact that is not required
 * @param evidence the annotator's excerpt, or null
 * @param where    {@code file:line}
 */
public record GoldFact(FactKind kind, Map<Arg, String> args, Map<Arg, String> qids, EntityType type,
                       boolean optional, String evidence, String where) {
    public GoldFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
        args = Collections.unmodifiableMap(new EnumMap<>(copy(args)));
        qids = Collections.unmodifiableMap(new EnumMap<>(copy(qids)));
        if (kind == FactKind.MENTION && type == null) {
            throw new IllegalArgumentException(where + ": a mention needs a type");
        }
    }

    private static Map<Arg, String> copy(Map<Arg, String> m) {
        EnumMap<Arg, String> c = new EnumMap<>(Arg.class);
        c.putAll(m);
        return c;
    }

    /** The fact without its annotations (evidence, optional, place): two gold lines with one content are one fact. */
    public String contentKey() {
        return describe() + " " + qids;
    }

    /** A short readable form, e.g. {@code holdsPosition person=Danial Akhmetov role=DefenceMinister}. */
    public String describe() {
        String a = args.entrySet().stream().map(e -> e.getKey().goldKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return kind.goldName() + " " + a + (type == null ? "" : " type=" + type.localName());
    }
}
