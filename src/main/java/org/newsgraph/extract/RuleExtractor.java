package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.DateResolver;
import org.newsgraph.nlp.KeyNormalizer;
import org.newsgraph.nlp.LanguageProfile;

/**
 * The extractor NewsGraph runs: entities (reference names, patterns, coreference), then positions from role words
 * and relations from trigger phrases, all driven by the knowledge base and the language's lexicon.
 * Thread-safe: per-call state only; the key normaliser (not thread-safe) is made per thread.
 *
 * <pre>{@code
 * Extractor x = new RuleExtractor(kb, profiles, lexicons, DateResolver.load(files));
 * Extraction e = x.extract(nlp.analyze(article));
 * }</pre>
 */
public final class RuleExtractor implements Extractor {
    private final KnowledgeBase kb;
    private final EntityLayer entities;
    private final RoleRules roles;
    private final TriggerRules triggers;
    // concurrent: ingest extracts on several threads, and an article in a language without a lexicon adds its rules
    private final Map<String, LanguageRules> rules = new java.util.concurrent.ConcurrentHashMap<>();
    private final ThreadLocal<KeyNormalizer> keys;

    public RuleExtractor(KnowledgeBase kb, List<LanguageProfile> profiles, List<Lexicon> lexicons, DateResolver dates) {
        this.kb = kb;
        this.keys = ThreadLocal.withInitial(() -> new KeyNormalizer(profiles));
        KeyNormalizer k = new KeyNormalizer(profiles);
        this.entities = new EntityLayer(kb, MentionFinder.index(kb, k));
        Slots slots = new Slots(kb);
        this.roles = new RoleRules(slots, kb);
        this.triggers = new TriggerRules(slots, kb, new VisitDates(dates));
        for (Lexicon l : lexicons) {
            rules.put(l.language(), new LanguageRules(l, k));
        }
        for (LanguageProfile p : profiles) {
            rules.computeIfAbsent(p.code(), c -> new LanguageRules(Lexicon.empty(c), k));
        }
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    @Override
    public Extraction extract(AnalyzedText text) {
        LanguageRules lr = rules.computeIfAbsent(text.language(), c -> new LanguageRules(Lexicon.empty(c), keys.get()));
        List<SentenceView> views = entities.build(text, lr, keys.get());
        List<Fact> facts = new ArrayList<>(mentions(views));
        TriggerRules.Context ctx = new TriggerRules.Context(text.language(),
                text.article().metadata().publishedDate().orElse(null));
        for (SentenceView v : views) {
            facts.addAll(roles.apply(v, lr));
            facts.addAll(triggers.apply(v, lr, ctx));
        }
        facts.addAll(metonymyMentions(views, facts));
        return new Extraction(text, facts);
    }

    /**
     * A state that a fact names only through its capital ("Moscow will continue to exert influence over Astana") is
     * mentioned by the article too: a mention at the capital's first place.
     */
    private List<Fact> metonymyMentions(List<SentenceView> views, List<Fact> facts) {
        Set<String> mentioned = new HashSet<>();
        facts.stream().filter(f -> f.kind() == FactKind.MENTION).forEach(f -> mentioned.add(f.entity(Arg.ENTITY).iri()));
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            for (Value val : f.args().values()) {
                if (!(val instanceof Entity state) || state.type() != EntityType.STATE || !mentioned.add(state.iri())) {
                    continue;
                }
                capitalOccurrence(views, state).ifPresent(at -> out.add(new Fact(FactKind.MENTION,
                        Map.of(Arg.ENTITY, state), new Evidence(at.sentence(), at.o().span(),
                        at.o().span().of(text(views)), "mention.metonymy.capital", 0.8))));
            }
        }
        return out;
    }

    private record Located(int sentence, Occurrence o) {}

    private java.util.Optional<Located> capitalOccurrence(List<SentenceView> views, Entity state) {
        for (SentenceView v : views) {
            for (Occurrence o : v.occurrences()) {
                if (!o.demonym() && kb.stateOfCapital(o.entity()).filter(state::equals).isPresent()) {
                    return java.util.Optional.of(new Located(v.index(), o));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String text(List<SentenceView> views) {
        return views.isEmpty() ? "" : views.get(0).text();
    }

    /**
     * Mentions of every entity found; an adjective ("Russian") counts only for an entity also named, and the
     * top of the equipment taxonomy ("arms", "military technology") names no item.
     */
    private List<Fact> mentions(List<SentenceView> views) {
        Set<String> named = new HashSet<>();
        views.forEach(v -> v.occurrences().stream().filter(o -> !o.demonym()).forEach(o -> named.add(o.entity().iri())));
        List<Fact> out = new ArrayList<>();
        for (SentenceView v : views) {
            for (Occurrence o : v.occurrences()) {
                if (o.demonym() && !named.contains(o.entity().iri()) || kb.isGenericEquipment(o.entity())) {
                    continue;
                }
                out.add(new Fact(FactKind.MENTION, Map.of(Arg.ENTITY, o.entity()),
                        new Evidence(v.index(), o.span(), o.span().of(v.text()), o.rule(), o.confidence())));
            }
        }
        return out;
    }
}
