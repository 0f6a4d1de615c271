package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.KeyNormalizer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Span;
import org.newsgraph.vocab.Iris;

/**
 * Finds the entities of an article, sentence by sentence: names of the reference knowledge base (longest match),
 * then patterns for entities it lacks (persons introduced by a role or a person marker, organisations, equipment
 * model designations), then within-article coreference of persons ({@link PersonCoreference}), then drops category
 * words that only describe an adjacent model ("S-300 air defence systems").
 */
final class EntityLayer {
    /** Model designations such as S-300PS, Su-30SM, Mi-8MT, BTR-82A, Т-72Б3. */
    private static final Pattern MODEL = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])[\\p{Lu}][\\p{L}]{0,3}-\\d{1,4}[\\p{L}\\p{N}]*(?:-\\d+[\\p{L}]*)?(?![\\p{L}\\p{N}])");
    private static final int MAX_NAME_PIECES = 4;

    private final KnowledgeBase kb;
    private final NameIndex names;
    /** Designation prefixes of known models ("su", "mi", "btr", "s"): an unknown "Su-57M" is a model, "MS-13" is not. */
    private final java.util.Set<String> modelPrefixes;

    EntityLayer(KnowledgeBase kb, NameIndex names) {
        this.kb = kb;
        this.names = names;
        this.modelPrefixes = new java.util.HashSet<>();
        for (KnowledgeBase.Names n : kb.all()) {
            if (n.entity().type() != EntityType.EQUIPMENT) {
                continue;
            }
            for (String label : java.util.stream.Stream.concat(n.preferred().stream(), n.aliases().stream()).toList()) {
                Matcher m = MODEL.matcher(label);
                if (m.find()) {
                    modelPrefixes.add(KeyNormalizer.fold(label.substring(m.start(), label.indexOf('-', m.start()))));
                }
            }
        }
    }

    List<SentenceView> build(AnalyzedText text, LanguageRules rules, KeyNormalizer keys) {
        String t = text.text();
        List<SentenceView> views = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            SentenceView v = new SentenceView(s, t, Pieces.of(t, s.span(), keys));
            for (NameIndex.Match m : names.find(v.pieces())) {
                int a = v.pieceStartingAt(m.span().start());
                int b = v.pieceEndingAt(m.span().end());
                if (a >= 0 && b > a) {
                    NameIndex.Kind k = m.name().kind();
                    v.add(new Occurrence(m.name().entity(), a, b, m.span(), k == NameIndex.Kind.DEMONYM,
                            "mention.lexicon." + k.name().toLowerCase(java.util.Locale.ROOT), confidence(k)));
                }
            }
            persons(v, rules);
            organisations(v, rules);
            models(v);
            visitedPlaces(v, rules);
            views.add(v);
        }
        PersonCoreference.resolve(views);
        absorbCategories(views);
        return views;
    }

    private static double confidence(NameIndex.Kind k) {
        return switch (k) {
            case PREFERRED -> 0.95;
            case ALIAS -> 0.9;
            case DEMONYM -> 0.7;
        };
    }

    /** Persons named right after a role word ("Defence Minister X") or a person marker ("si X", "Mr X"). */
    private void persons(SentenceView v, LanguageRules rules) {
        List<int[]> starts = new ArrayList<>();
        for (PhraseIndex.Hit<Lexicon.RoleWord> h : v.hits(rules.roles)) {
            int a = h.end();
            // "министр обороны Индии Раджнатх Сингх": a state between the title and the name
            for (Occurrence o : v.occurrences()) {
                if (o.start() == a && o.entity().type() == EntityType.STATE) {
                    a = o.end();
                }
            }
            starts.add(new int[] {a, 1});
        }
        // a known given name followed by a capitalised word: "... Dmitry Shugaev" wherever it stands
        rules.find(Lexicon.WordClass.FIRST_NAME, v).forEach(h -> starts.add(new int[] {h.start(), 2}));
        // after a marker ("Mr", "si") a lone surname is left to coreference: "Mr Speaker" is no name
        rules.find(Lexicon.WordClass.PERSON_MARKER, v).forEach(h -> starts.add(new int[] {h.end(), 2}));
        for (PhraseIndex.Hit<Lexicon.Trigger> h : v.hits(rules.triggers)) {
            if (h.value().kind() != FactKind.STATEMENT) {
                continue;
            }
            if (h.value().frame() == Lexicon.Frame.T_S) {
                starts.add(new int[] {h.end(), 2}); // "said Ivan Petrov"
            } else {
                int a = nameStartBefore(v, h.start());
                if (h.start() - a >= 2 && v.gap(h.start() - 1, h.start()).isBlank()) {
                    starts.add(new int[] {a, 2}); // "Ivan Petrov said"
                }
            }
        }
        for (int[] s : starts) {
            int a = s[0];
            // skip a marker between role and name ("eksperto ... na si X")
            while (a < v.pieces().size() && !capitalised(v.pieces().get(a).surface())
                    && rules.is(Lexicon.WordClass.PERSON_MARKER, v.pieces(), a, a + 1) && a < s[0] + 2) {
                a++;
            }
            int b = nameEnd(v, a);
            int first = a;
            if (b <= a || a > 0 && !v.gap(a - 1, a).isBlank() && !v.gap(a - 1, a).equals(". ")) {
                continue; // "President, Members of Congress": a comma parts the title from what follows
            }
            List<Pieces.Piece> words = v.pieces().subList(a, b);
            if (!rules.roles.find(words).isEmpty() || !rules.find(Lexicon.WordClass.NOT_ROLE, words).isEmpty()
                    || rules.is(Lexicon.WordClass.NOT_NAME, v.pieces(), a, a + 1)) {
                continue; // "si Pangulong X", "Mr. Vice President": titles, not names (the role's own search finds X)
            }
            if (b - first >= s[1]) {
                String name = v.span(a, b).of(v.text());
                Entity e = new Entity(Iris.entity(EntityType.PERSON.iriKind(), name), EntityType.PERSON, name, null, false);
                v.add(new Occurrence(e, a, b, v.span(a, b), false, "mention.pattern.person", 0.85));
            }
        }
    }

    /** Start of a run of capitalised, untagged word pieces ending just before {@code end}, joined only by spaces. */
    static int nameStartBefore(SentenceView v, int end) {
        int a = end;
        while (a > 0 && end - a < 3 && capitalised(v.pieces().get(a - 1).surface()) && v.free(a - 1, a)
                && (a == end || v.gap(a - 1, a).isBlank())) {
            a--;
        }
        if (a < end && a > 0 && !v.gap(a - 1, a).matches(".*[\\s,.;:\"“”«»(—–-].*") ) {
            return end; // glued to the word before: not the start of a name
        }
        return a;
    }

    /** End (exclusive) of a run of capitalised, untagged word pieces from {@code a}, joined only by spaces. */
    static int nameEnd(SentenceView v, int a) {
        int b = a;
        while (b < v.pieces().size() && b - a < MAX_NAME_PIECES && capitalised(v.pieces().get(b).surface())
                && v.free(b, b + 1) && (b == a || v.gap(b - 1, b).isBlank() || v.gap(b - 1, b).equals("-"))) {
            b++;
        }
        return b;
    }

    static boolean capitalised(String piece) {
        return piece.length() >= 2 && Character.isUpperCase(piece.codePointAt(0))
                && piece.codePoints().allMatch(Character::isLetter)
                && piece.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }

    /**
     * Organisations named after a descriptive noun and a comma ("the union of war veterans, Battle Brotherhood"),
     * and capitalised names built on a head word ("Center for Strategic Studies").
     */
    private void organisations(SentenceView v, LanguageRules rules) {
        for (PhraseIndex.Hit<String> h : rules.find(Lexicon.WordClass.ORG_NOUN, v)) {
            for (int j = h.end(); j < Math.min(v.pieces().size(), h.end() + 6); j++) {
                if (v.gap(j - 1, j).contains(",") && capitalised(v.pieces().get(j).surface()) && v.free(j, j + 1)) {
                    int b = nameEnd(v, j);
                    boolean closed = b == v.pieces().size() || v.gap(b - 1, b).matches(".*[,.;:)].*");
                    if (closed) {
                        mint(v, j, b, EntityType.ORGANIZATION, "mention.pattern.organization", 0.75);
                    }
                    break;
                }
            }
        }
        for (PhraseIndex.Hit<String> h : rules.find(Lexicon.WordClass.ORG_HEAD, v)) {
            int a = h.start();
            if (!capitalised(v.pieces().get(a).surface()) || !v.free(a, h.end())) {
                continue;
            }
            int b = h.end();
            while (b + 1 < v.pieces().size() && !capitalised(v.pieces().get(b).surface())
                    && v.pieces().get(b).surface().length() <= 3 && capitalised(v.pieces().get(b + 1).surface())
                    && v.free(b, b + 2)) {
                b = nameEnd(v, b + 1);
            }
            if (b > h.end()) {
                mint(v, a, b, EntityType.ORGANIZATION, "mention.pattern.organization", 0.75);
            }
        }
    }

    /** A place the knowledge base does not know, named right after a visit word ("arrived in Novosibirsk"). */
    private void visitedPlaces(SentenceView v, LanguageRules rules) {
        for (PhraseIndex.Hit<Lexicon.Trigger> h : v.hits(rules.triggers)) {
            if (h.value().kind() != FactKind.VISIT || h.value().frame() != Lexicon.Frame.S_T_O) {
                continue;
            }
            int a = h.end();
            int b = nameEnd(v, a);
            if (b > a && b - a <= 3 && v.gap(h.end() - 1, a).isBlank()) {
                mint(v, a, b, EntityType.PLACE, "mention.pattern.place", 0.7);
            }
        }
    }

    /** Equipment model designations the knowledge base does not know. */
    private void models(SentenceView v) {
        Span s = v.sentence().span();
        Matcher m = MODEL.matcher(v.text()).region(s.start(), s.end());
        while (m.find()) {
            int a = v.pieceStartingAt(m.start());
            int b = v.pieceEndingAt(m.end());
            String prefix = KeyNormalizer.fold(m.group().substring(0, m.group().indexOf('-')));
            if (a >= 0 && b > a && v.free(a, b) && modelPrefixes.contains(prefix)) {
                mint(v, a, b, EntityType.EQUIPMENT, "mention.pattern.model", 0.7);
            }
        }
    }

    private static void mint(SentenceView v, int a, int b, EntityType type, String rule, double conf) {
        if (!v.free(a, b)) {
            return;
        }
        String name = v.span(a, b).of(v.text());
        Entity e = new Entity(Iris.entity(type.iriKind(), name), type, name, null, false);
        v.add(new Occurrence(e, a, b, v.span(a, b), false, rule, conf));
    }

    /** Drops an equipment category right next to a model of that category: it describes the model. */
    private void absorbCategories(List<SentenceView> views) {
        for (SentenceView v : views) {
            List<Occurrence> eq = v.occurrences().stream().filter(o -> o.entity().type() == EntityType.EQUIPMENT).toList();
            for (Occurrence cat : eq) {
                boolean describes = eq.stream().anyMatch(m -> m != cat && m.entity().reference()
                        && Math.max(m.start() - cat.end(), cat.start() - m.end()) <= 2
                        && !m.entity().iri().equals(cat.entity().iri())
                        && kb.isKindOf(m.entity().iri(), cat.entity().iri()));
                if (describes) {
                    v.occurrences().remove(cat);
                }
            }
        }
    }
}
