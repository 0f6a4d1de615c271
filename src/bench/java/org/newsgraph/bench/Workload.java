package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.article.TextArticleReader;
import org.newsgraph.synth.SyntheticArticleGenerator;

/** Articles for the benchmarks: read from folders, or generated synthetic ones. */
final class Workload {
    private Workload() {}

    static List<Article> read(List<Path> roots, int limit) {
        TextArticleReader reader = new TextArticleReader(64L << 20);
        List<Article> out = new ArrayList<>();
        for (Path f : ArticleFinder.find(roots)) {
            if (out.size() >= limit) {
                break;
            }
            out.addAll(reader.read(f));
        }
        return out;
    }

    /** {@code count} synthetic articles of one language, written to a temporary folder and read back. */
    static List<Article> synthetic(String language, int count, long seed) {
        try {
            Path dir = Files.createTempDirectory("ng-bench-" + language);
            SyntheticArticleGenerator.load(OntologyFiles.locate(), List.of(language)).write(dir, count, seed);
            List<Article> a = read(List.of(dir), count);
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            return a;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long bytes(List<Article> articles) {
        return articles.stream().mapToLong(a -> a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    }
}
