package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Positions from role words: "Defence Minister X", "X, president of Y", "eksperto ... na si X", "министр обороны X".
 * The role attaches to the person right after the role word (title) or, failing that, the person just before it
 * (apposition). {@code of} is the state or organisation the role belongs to; a former-word before the role sets
 * {@code former}. A staff role followed by an organisation behind an affiliation word ("analyst at Y",
 * "head of programmes at Y") gives {@code affiliatedWith} instead of a head-of-organisation position.
 */
final class RoleRules {
    private static final Set<EntityType> PERSON = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> STATE = EnumSet.of(EntityType.STATE);
    private static final Set<EntityType> ORG = EnumSet.of(EntityType.ORGANIZATION, EntityType.INTERNATIONAL_ORGANIZATION);
    private static final Set<EntityType> ORGANIZATION = EnumSet.of(EntityType.ORGANIZATION);

    private final Slots slots;
    private final KnowledgeBase kb;

    RoleRules(Slots slots, KnowledgeBase kb) {
        this.slots = slots;
        this.kb = kb;
    }

    List<Fact> apply(SentenceView v, LanguageRules rules) {
        List<Fact> out = new ArrayList<>();
        int lastEnd = -1;
        List<PhraseIndex.Hit<String>> notRoles = rules.find(Lexicon.WordClass.NOT_ROLE, v);
        for (PhraseIndex.Hit<Lexicon.RoleWord> h : v.hits(rules.roles)) {
            if (h.start() < lastEnd || !v.free(h.start(), h.end())
                    || notRoles.stream().anyMatch(n -> n.start() <= h.start() && h.end() <= n.end())) {
                continue; // a shorter reading of a role word already used, a word inside a name, or "vice president"
            }
            lastEnd = h.end();
            Slots.Filler person = personRight(v, h.end(), rules);
            boolean title = person != null;
            if (person == null) {
                person = appositive(v, h.start());
            }
            if (person == null) {
                continue;
            }
            Lexicon.RoleWord rw = h.value();
            int from = Math.min(h.start(), person.at().start());
            int to = Math.max(h.end(), person.at().end());
            Map<Arg, Value> args = new EnumMap<>(Arg.class);
            args.put(Arg.PERSON, person.entity());
            args.put(Arg.ROLE, rw.role());
            if (isFormer(v, h.start(), rules)) {
                args.put(Arg.FORMER, Literal.bool(true));
            }
            String rule = rules.lexicon.language() + ".role." + rw.role().name() + ":" + rw.phrase();
            if ("org".equals(rw.of())) {
                Slots.Filler org = slots.right(v, h.end(), 8, ORG, null);
                if (org == null) {
                    continue;
                }
                to = Math.max(to, org.at().end());
                if (!headsOrganisation(v, h.end(), org.at().start(), rules)) {
                    out.add(fact(v, FactKind.AFFILIATED_WITH, Map.of(Arg.PERSON, person.entity(), Arg.ORGANIZATION,
                            org.entity()), from, to, rules.lexicon.language() + ".affiliation.staff:" + rw.phrase(), 0.7));
                    continue;
                }
                args.put(Arg.OF, org.entity());
            } else if ("state".equals(rw.of())) {
                Entity state = kb.postOf(person.entity(), rw.role()).orElseGet(() -> stateOf(v, h.start(), h.end()));
                if (state != null) {
                    args.put(Arg.OF, state);
                }
            } else {
                int after = title ? person.at().end() : h.end();
                Slots.Filler org = slots.right(v, after, 8, ORGANIZATION, null);
                if (org != null && hasWord(v, after, org.at().start(), Lexicon.WordClass.AFFILIATION, rules)
                        && rules.roles.find(v.pieces().subList(after, org.at().start())).isEmpty()) {
                    out.add(fact(v, FactKind.AFFILIATED_WITH, Map.of(Arg.PERSON, person.entity(), Arg.ORGANIZATION,
                            org.entity()), from, Math.max(to, org.at().end()),
                            rules.lexicon.language() + ".affiliation.role:" + rw.phrase(), 0.65));
                }
            }
            out.add(fact(v, FactKind.HOLDS_POSITION, args, from, to, rule, title ? 0.85 : 0.75));
        }
        return out;
    }

    /**
     * A person right after the role word, allowing lower-case words (markers such as "na si") in between; or, further
     * on, a person introduced by a person marker after an apposition ("the former minister, a member of X, si Y").
     */
    private Slots.Filler personRight(SentenceView v, int from, LanguageRules rules) {
        boolean blocked = false;
        for (Occurrence o : v.occurrences()) {
            if (o.start() < from) {
                continue;
            }
            boolean person = o.entity().type() == EntityType.PERSON && !o.demonym();
            if (!blocked && o.start() - from <= 3 && person && lowerCaseBetween(v, from, o.start())) {
                return new Slots.Filler(o.entity(), o);
            }
            if (person && o.start() - from <= 12 && o.start() > 0
                    && rules.is(Lexicon.WordClass.PERSON_MARKER, v.pieces(), o.start() - 1, o.start())
                    && rules.roles.find(v.pieces().subList(from, o.start())).isEmpty()) {
                return new Slots.Filler(o.entity(), o);
            }
            if (person || o.entity().type() != EntityType.STATE) {
                blocked = true;
            }
        }
        return null;
    }

    /** "X, role ..." : a person ending just before the role word, separated by a comma and at most an article. */
    private Slots.Filler appositive(SentenceView v, int roleStart) {
        Slots.Filler p = slots.left(v, roleStart, 2, PERSON, null);
        if (p == null || !lowerCaseBetween(v, p.at().end(), roleStart)) {
            return null;
        }
        return v.gap(p.at().end() - 1, p.at().end()).contains(",") ? p : null;
    }

    /** True when every piece in {@code [a, b)} is lower case or part of a state's name ("minister of Russia X"). */
    private static boolean lowerCaseBetween(SentenceView v, int a, int b) {
        for (int i = a; i < b; i++) {
            int at = i;
            boolean state = v.occurrences().stream().anyMatch(o -> o.start() <= at && at < o.end()
                    && o.entity().type() == EntityType.STATE);
            if (!state && Character.isUpperCase(v.pieces().get(i).surface().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A former-word just before the role, or before an adjective of the role ("Former Ukrainian Defence Minister"). */
    private static boolean isFormer(SentenceView v, int roleStart, LanguageRules rules) {
        for (int a = Math.max(0, roleStart - 3); a < roleStart; a++) {
            if (rules.is(Lexicon.WordClass.FORMER, v.pieces(), a, roleStart)
                    || rules.is(Lexicon.WordClass.FORMER, v.pieces(), a, a + 1) && roleStart - a <= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A head role ("president of", "pinuno ng") heads the organisation named right after it, or after a description
     * of it ("president of the union of war veterans, Battle Brotherhood"); with other words between ("head of
     * programmes at the Centre") the person is staff: an affiliation.
     */
    private static boolean headsOrganisation(SentenceView v, int roleEnd, int orgStart, LanguageRules rules) {
        return orgStart - roleEnd <= 2
                || !rules.find(Lexicon.WordClass.ORG_NOUN, v.pieces().subList(roleEnd, Math.min(roleEnd + 3, orgStart))).isEmpty();
    }

    /**
     * The state of a government role: named just before it ("Kazakh defence minister"), just after it ("minister
     * of defence of Ukraine"), else the first state named in the sentence. Capitals do not count here: in
     * "President X's visit to Brussels" Brussels is a place, not Belgium.
     */
    private static Entity stateOf(SentenceView v, int roleStart, int roleEnd) {
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Occurrence o : v.occurrences()) {
            Entity e = Slots.literal(o, STATE);
            if (e == null) {
                continue;
            }
            int d = o.end() <= roleStart ? roleStart - o.end() : o.start() - roleEnd;
            int score = d <= 2 ? d : 100 + o.start();
            if (score < bestDistance) {
                best = e;
                bestDistance = score;
            }
        }
        return best;
    }

    private static boolean hasWord(SentenceView v, int a, int b, Lexicon.WordClass c, LanguageRules rules) {
        return rules.find(c, v.pieces().subList(Math.min(a, b), Math.max(a, b))).size() > 0;
    }

    static Fact fact(SentenceView v, FactKind kind, Map<Arg, Value> args, int fromPiece, int toPiece, String rule, double conf) {
        var span = v.span(fromPiece, toPiece);
        return new Fact(kind, args, new Evidence(v.index(), span, span.of(v.text()), rule, conf));
    }
}
