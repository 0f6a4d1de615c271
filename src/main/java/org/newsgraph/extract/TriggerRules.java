package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations from trigger phrases: for each trigger of the lexicon found in a sentence, the frame says where its
 * arguments are ({@code S<T>O}: first argument left, second right; {@code T>S>O}: both right; ...); the nearest
 * entities of the right types fill them, lists are expanded, and arms transfers get one fact per equipment item.
 */
final class TriggerRules {
    private static final int NEAR = 4;
    /** How far a speaker may follow "according to" / "sinabi ni" (past a role: "ayon sa eksperto ... na si X"). */
    private static final int SPEAKER_REACH = 8;
    /** How far after the second argument a comparison ("as with NATO") may extend it. */
    private static final int COMPARISON_REACH = 8;
    private static final Pattern QUOTE = Pattern.compile("[\"“«„]([^\"”»“]{3,})[\"”»“]");

    private final Slots slots;
    private final KnowledgeBase kb;
    private final VisitDates dates;

    TriggerRules(Slots slots, KnowledgeBase kb, VisitDates dates) {
        this.slots = slots;
        this.kb = kb;
        this.dates = dates;
    }

    /** Article-level state: the language, the publication date, the last person named ("he adds"). */
    static final class Context {
        final String language;
        final java.time.LocalDate published;
        Entity lastPerson;

        Context(String language, java.time.LocalDate published) {
            this.language = language;
            this.published = published;
        }
    }

    List<Fact> apply(SentenceView v, LanguageRules rules, Context ctx) {
        List<Fact> out = new ArrayList<>();
        boolean arms = v.occurrences().stream().anyMatch(o -> o.entity().type() == EntityType.EQUIPMENT)
                || !rules.find(Lexicon.WordClass.ARMS, v).isEmpty();
        List<PhraseIndex.Hit<Lexicon.Trigger>> hits = new ArrayList<>(v.hits(rules.triggers));
        hits.sort((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()));
        List<PhraseIndex.Hit<Lexicon.Trigger>> productive = new ArrayList<>();
        Set<Occurrence> objects = objectsOfTriggers(v, hits);
        for (PhraseIndex.Hit<Lexicon.Trigger> h : hits) {
            Lexicon.Trigger t = h.value();
            if ((t.needsArms() && !arms) || !v.free(h.start(), h.end()) || insideProductive(h, productive)) {
                continue;
            }
            int before = out.size();
            if (t.kind() == FactKind.STATEMENT) {
                speech(v, h, rules, ctx, out);
            } else {
                binary(v, h, rules, ctx, objects, out);
            }
            if (out.size() > before) {
                productive.add(h);
            }
        }
        for (Occurrence o : v.occurrences()) {
            if (o.entity().type() == EntityType.PERSON && !o.demonym()) {
                ctx.lastPerson = o.entity();
            }
        }
        return out;
    }

    /**
     * True when a longer trigger of the same kind around this one already gave a fact ("involved in" within
     * "is involved in"); a longer trigger that found no arguments does not silence the shorter one.
     */
    private static boolean insideProductive(PhraseIndex.Hit<Lexicon.Trigger> h,
                                            List<PhraseIndex.Hit<Lexicon.Trigger>> productive) {
        return productive.stream().anyMatch(o -> o.start() <= h.start() && h.end() <= o.end()
                && o.value().kind() == h.value().kind());
    }

    /** A person argument given by a pronoun just before the trigger ("during his visit"): the last person named. */
    private static Slots.Filler pronounPerson(SentenceView v, int at, LanguageRules rules, Context ctx) {
        for (int a = Math.max(0, at - 2); a < at; a++) {
            if (rules.is(Lexicon.WordClass.PRONOUN, v.pieces(), a, a + 1)) {
                Occurrence last = null;
                for (Occurrence o : v.occurrences()) {
                    if (o.end() <= a && o.entity().type() == EntityType.PERSON && !o.demonym()) {
                        last = o;
                    }
                }
                if (last != null) {
                    return new Slots.Filler(last.entity(), last);
                }
                if (ctx.lastPerson != null) {
                    Occurrence pro = new Occurrence(ctx.lastPerson, a, a + 1, v.span(a, a + 1), false, "pronoun", 0.6);
                    return new Slots.Filler(ctx.lastPerson, pro);
                }
            }
        }
        return null;
    }

    /**
     * Entities standing right after a trigger: they are that trigger's object, so a later trigger does not take
     * them as its subject ("Kazakhstan is a member of the CSTO and takes part in PfP": Kazakhstan takes part).
     */
    private static Set<Occurrence> objectsOfTriggers(SentenceView v, List<PhraseIndex.Hit<Lexicon.Trigger>> hits) {
        Set<Occurrence> out = new java.util.HashSet<>();
        for (PhraseIndex.Hit<Lexicon.Trigger> h : hits) {
            if (h.value().kind() == FactKind.STATEMENT) {
                continue;
            }
            for (Occurrence o : v.occurrences()) {
                if (o.start() >= h.end() && o.start() - h.end() <= 1) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** Objects of earlier triggers joined to this trigger by a conjunction: "... member of the CSTO and takes part". */
    private static Set<Occurrence> coordinated(SentenceView v, Set<Occurrence> objects, int trigger, LanguageRules rules) {
        Set<Occurrence> out = new java.util.HashSet<>();
        for (Occurrence o : objects) {
            if (o.end() <= trigger && trigger - o.end() <= 3
                    && !rules.find(Lexicon.WordClass.CONJUNCTION, v.pieces().subList(o.end(), trigger)).isEmpty()) {
                out.add(o);
            }
        }
        return out;
    }

    private void binary(SentenceView v, PhraseIndex.Hit<Lexicon.Trigger> h, LanguageRules rules, Context ctx,
                        Set<Occurrence> objects, List<Fact> out) {
        Lexicon.Trigger t = h.value();
        FactKind k = t.kind();
        Set<EntityType> sTypes = ArgumentTypes.of(k, k.subject());
        Set<EntityType> oTypes = ArgumentTypes.of(k, k.object());
        Slots.Filler s;
        Slots.Filler o;
        double conf = 0.75;
        switch (t.frame()) {
            case S_T_O -> {
                s = slots.left(v, h.start(), t.left(), sTypes, null, coordinated(v, objects, h.start(), rules));
                if (s == null && sTypes.equals(java.util.EnumSet.of(EntityType.PERSON))) {
                    s = pronounPerson(v, h.start(), rules, ctx);
                }
                o = slots.right(v, h.end(), t.right(), oTypes, s == null ? null : s.entity());
                if (t.fallback() && s != null && o == null) {
                    o = slots.left(v, h.start(), t.left(), oTypes, s.entity());
                    conf = 0.6;
                } else if (t.fallback() && s == null && o != null) {
                    s = slots.right(v, o.at().end(), t.right(), sTypes, o.entity());
                    conf = 0.6;
                }
            }
            case O_T_S -> {
                o = slots.left(v, h.start(), t.left(), oTypes, null);
                s = o == null ? null : slots.right(v, h.end(), t.right(), sTypes, o.entity());
            }
            case T_S_O -> {
                s = slots.right(v, h.end(), NEAR, sTypes, null);
                o = s == null ? null : slots.right(v, s.at().end(), t.right(), oTypes, s.entity());
            }
            case O_S_T -> {
                s = slots.left(v, h.start(), NEAR, sTypes, null);
                o = s == null ? null : slots.left(v, s.at().start(), t.left(), oTypes, s.entity());
            }
            case T_O_S -> {
                o = slots.right(v, h.end(), NEAR, oTypes, null);
                s = o == null ? null : slots.right(v, o.at().end(), t.right(), sTypes, o.entity());
            }
            default -> throw new IllegalStateException("frame " + t.frame() + " is for one-argument facts");
        }
        if (s == null || o == null) {
            return;
        }
        List<Slots.Filler> ss = slots.list(v, s, sTypes, rules);
        List<Slots.Filler> os = slots.list(v, o, oTypes, rules);
        os.addAll(compared(v, o, oTypes, rules));
        String rule = rules.lexicon.language() + "." + k.goldName() + "." + t.frame() + ":" + t.phrase();
        for (Slots.Filler a : ss) {
            for (Slots.Filler b : os) {
                if (a.entity().equals(b.entity())) {
                    continue;
                }
                int from = Math.min(h.start(), Math.min(a.at().start(), b.at().start()));
                int to = Math.max(h.end(), Math.max(a.at().end(), b.at().end()));
                Map<Arg, Value> args = new EnumMap<>(Arg.class);
                args.put(k.subject(), a.entity());
                args.put(k.object(), b.entity());
                if (k == FactKind.VISIT) {
                    dates.find(v, h.end(), ctx.language, ctx.published).ifPresent(d -> args.put(Arg.DATE, d));
                }
                if (k == FactKind.ARMS_TRANSFER) {
                    armsTransfers(v, args, from, to, rule, conf, out);
                } else {
                    out.add(RoleRules.fact(v, k, args, from, to, rule, conf));
                }
            }
        }
    }

    /** One fact per equipment item named in the sentence; one without equipment when none is named. */
    private void armsTransfers(SentenceView v, Map<Arg, Value> args, int from, int to, String rule, double conf,
                               List<Fact> out) {
        List<Occurrence> items = v.occurrences().stream().filter(o -> o.entity().type() == EntityType.EQUIPMENT
                && !o.demonym() && !kb.isGenericEquipment(o.entity())).toList();
        if (items.isEmpty()) {
            out.add(RoleRules.fact(v, FactKind.ARMS_TRANSFER, args, from, to, rule, conf));
            return;
        }
        for (Occurrence item : items) {
            Map<Arg, Value> a = new EnumMap<>(args);
            a.put(Arg.EQUIPMENT, item.entity());
            out.add(RoleRules.fact(v, FactKind.ARMS_TRANSFER, a, Math.min(from, item.start()), Math.max(to, item.end()),
                    rule, conf));
        }
    }

    /** Entities after a comparison word following the second argument ("... with the CSTO, as with NATO"). */
    private List<Slots.Filler> compared(SentenceView v, Slots.Filler o, Set<EntityType> types, LanguageRules rules) {
        List<Slots.Filler> out = new ArrayList<>();
        for (PhraseIndex.Hit<String> c : rules.find(Lexicon.WordClass.COMPARISON, v)) {
            if (c.start() >= o.at().end() && c.start() - o.at().end() <= COMPARISON_REACH) {
                Slots.Filler f = slots.right(v, c.end(), 1, types, o.entity());
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private void speech(SentenceView v, PhraseIndex.Hit<Lexicon.Trigger> h, LanguageRules rules, Context ctx,
                        List<Fact> out) {
        Set<EntityType> person = ArgumentTypes.of(FactKind.STATEMENT, Arg.SPEAKER);
        Slots.Filler s = t(h).frame() == Lexicon.Frame.T_S
                ? slots.right(v, h.end(), SPEAKER_REACH, person, null)
                : slots.left(v, h.start(), 25, person, null);
        int from = h.start();
        int to = h.end();
        Entity speaker;
        String rule = rules.lexicon.language() + ".statement." + t(h).frame() + ":" + t(h).phrase();
        if (s != null) {
            speaker = s.entity();
            from = Math.min(from, s.at().start());
            to = Math.max(to, s.at().end());
        } else if (t(h).frame() == Lexicon.Frame.S_T && ctx.lastPerson != null && (pronounBefore(v, h.start(), rules)
                || !rules.find(Lexicon.WordClass.PRONOUN, v.pieces().subList(h.start(), h.end())).isEmpty())) {
            speaker = ctx.lastPerson;
            from = Math.max(0, h.start() - 1);
            rule = rule + "+pronoun";
        } else {
            return;
        }
        Map<Arg, Value> args = new EnumMap<>(Arg.class);
        args.put(Arg.SPEAKER, speaker);
        Matcher q = QUOTE.matcher(v.sentence().span().of(v.text()));
        if (q.find()) {
            args.put(Arg.QUOTE, Literal.string(q.group(1).strip()));
        }
        out.add(RoleRules.fact(v, FactKind.STATEMENT, args, from, to, rule, s != null ? 0.8 : 0.6));
    }

    private static Lexicon.Trigger t(PhraseIndex.Hit<Lexicon.Trigger> h) {
        return h.value();
    }

    private static boolean pronounBefore(SentenceView v, int at, LanguageRules rules) {
        return at > 0 && rules.is(Lexicon.WordClass.PRONOUN, v.pieces(), at - 1, at);
    }
}
