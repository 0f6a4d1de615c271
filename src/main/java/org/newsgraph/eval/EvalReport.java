package org.newsgraph.eval;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newsgraph.extract.FactKind;

/**
 * The scores of a run of {@code newsgraph eval}: per article, and summed (micro) per kind, per language and
 * overall, with mentions apart from relational facts.
 *
 * @param articles the scored articles
 * @param unscored articles that had no gold file
 */
public record EvalReport(List<ArticleScore> articles, List<Unscored> unscored) {
    /** An article left out of the scores, and why. */
    public record Unscored(String id, String source, String reason) {}

    public EvalReport {
        articles = List.copyOf(articles);
        unscored = List.copyOf(unscored);
    }

    public Score kind(FactKind k) {
        return sum(a -> true, a -> a.kind(k));
    }

    public Score mention() {
        return sum(a -> true, ArticleScore::mention);
    }

    /** Micro sum over every kind except mention. */
    public Score relational() {
        return sum(a -> true, ArticleScore::relational);
    }

    public Score kind(FactKind k, String language) {
        return sum(a -> a.language().equals(language), a -> a.kind(k));
    }

    public Score mention(String language) {
        return sum(a -> a.language().equals(language), ArticleScore::mention);
    }

    public Score relational(String language) {
        return sum(a -> a.language().equals(language), ArticleScore::relational);
    }

    public SortedSet<String> languages() {
        TreeSet<String> s = new TreeSet<>();
        articles.forEach(a -> s.add(a.language()));
        return s;
    }

    public long articleCount(String language) {
        return articles.stream().filter(a -> a.language().equals(language)).count();
    }

    private Score sum(Predicate<ArticleScore> which, Function<ArticleScore, Score> part) {
        return articles.stream().filter(which).map(part).reduce(Score.ZERO, Score::plus);
    }
}
