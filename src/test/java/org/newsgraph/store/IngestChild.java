package org.newsgraph.store;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.article.TextArticleReader;
import org.newsgraph.extract.Pipeline;

/**
 * The child JVM of {@link KillDuringIngestTest}: ingests a folder into a store exactly as {@code ingest} does and
 * prints {@code step N} after each article, so the parent can kill it in the middle of the work.
 * Usage: {@code IngestChild STORE FOLDER}.
 */
public final class IngestChild {
    private IngestChild() {}

    public static void main(String[] args) {
        OntologyFiles ontology = OntologyFiles.locate();
        Pipeline pipeline = Pipeline.load(ontology);
        try (NewsGraphStore store = NewsGraphStore.open(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            Ingester in = new Ingester(pipeline, store, new TextArticleReader(5 << 20), ontology);
            Ingester.Result r = in.ingest(ArticleFinder.find(List.of(Path.of(args[1]))), (done, total, current) -> {
                System.out.println("step " + done);
                System.out.flush();
            });
            System.out.println("done " + r.loaded() + " " + r.failures().size());
        }
    }
}
