package org.newsgraph;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.article.ArticleFormat;
import org.newsgraph.article.JsonFields;
import org.newsgraph.article.MultiFormatReader;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.NewsGraphStore;

/** Shared set-up for tests that need the real pipeline or a store holding the seed articles. */
public final class TestStores {
    private static Pipeline pipeline;

    private TestStores() {}

    /** The pipeline over the project's ontology folder, loaded once per test JVM. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.load(OntologyFiles.locate());
        }
        return pipeline;
    }

    /** Ingests the given paths (files of any format, or folders) into a store. */
    public static Ingester.Result ingest(NewsGraphStore store, List<Path> paths) {
        Ingester in = new Ingester(pipeline(), store, new MultiFormatReader(ArticleFormat.auto, 5 << 20, JsonFields.DEFAULT), OntologyFiles.locate());
        return in.ingest(ArticleFinder.find(paths), (d, t, c) -> { });
    }

    /** A copy of the project's ontology folder under {@code dir}, for tests that edit curated data. */
    public static Path copyOntology(Path dir) throws java.io.IOException {
        Path root = OntologyFiles.locate().root();
        Path copy = dir.resolve("ontology");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(root)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(root.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    public static Path seeds() {
        return Path.of("data/articles");
    }
}
