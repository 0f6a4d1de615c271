package org.newsgraph.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.KnowledgeBase;

/**
 * The names a gold name is compared with, folded by {@link NameFolding}: for a reference entity its preferred
 * labels in every language and its aliases (not its demonyms); for an entity minted by extraction its label and
 * the surface forms of its mentions in the article being scored.
 */
public final class EntityNames {
    private final Map<String, Set<String>> reference;
    private final Map<String, Set<String>> surface;

    private EntityNames(Map<String, Set<String>> reference, Map<String, Set<String>> surface) {
        this.reference = reference;
        this.surface = surface;
    }

    public static EntityNames of(KnowledgeBase kb) {
        return of(kb.all());
    }

    public static EntityNames of(Collection<KnowledgeBase.Names> names) {
        Map<String, Set<String>> ref = new HashMap<>();
        for (KnowledgeBase.Names n : names) {
            Set<String> s = new HashSet<>();
            s.add(NameFolding.fold(n.entity().label()));
            n.preferred().forEach(l -> s.add(NameFolding.fold(l)));
            n.aliases().forEach(l -> s.add(NameFolding.fold(l)));
            ref.put(n.entity().iri(), Set.copyOf(s));
        }
        return new EntityNames(Map.copyOf(ref), Map.of());
    }

    /** The same reference names plus the surface forms of the minted entities mentioned in one article. */
    public EntityNames withArticle(List<Fact> facts) {
        Map<String, Set<String>> seen = new HashMap<>();
        for (Fact f : facts) {
            Entity e = f.kind() == FactKind.MENTION ? f.entity(Arg.ENTITY) : null;
            if (e != null && !e.reference()) {
                seen.computeIfAbsent(e.iri(), k -> new HashSet<>()).add(NameFolding.fold(f.evidence().text()));
            }
        }
        return new EntityNames(reference, seen);
    }

    /** Folded names of an entity (always including its label). */
    public Set<String> of(Entity e) {
        Set<String> ref = e.reference() ? reference.get(e.iri()) : null;
        if (ref != null) {
            return ref;
        }
        Set<String> s = new HashSet<>(surface.getOrDefault(e.iri(), Set.of()));
        s.add(NameFolding.fold(e.label()));
        return s;
    }

    /** Whether a gold name (and Wikidata id, or null) names the entity: by id where both have one, else by name. */
    public boolean matches(String goldName, String goldQid, Entity e) {
        if (goldQid != null && e.qid() != null) {
            return goldQid.equalsIgnoreCase(e.qid());
        }
        return of(e).contains(NameFolding.fold(goldName));
    }
}
