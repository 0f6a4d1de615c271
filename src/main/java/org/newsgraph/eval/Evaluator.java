package org.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;

/**
 * Runs the pipeline over article files and scores each article against {@code goldDir/<article id>.jsonl}.
 * An article without a gold file is not scored: it is reported in {@link EvalReport#unscored()} and warned about,
 * so that a new article can sit next to annotated ones; an article that cannot be read, or a gold file that
 * breaks the format, stops the run.
 *
 * <pre>{@code
 * EvalReport r = new Evaluator(pipeline, new TextArticleReader(5 << 20))
 *         .run(ArticleFinder.find(List.of(Path.of("data/articles"))), Path.of("data/gold"), null, System.err::println);
 * }</pre>
 */
public final class Evaluator {
    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final Scorer scorer;

    public Evaluator(Pipeline pipeline, ArticleReader reader) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.scorer = new Scorer(EntityNames.of(pipeline.knowledgeBase()));
    }

    /**
     * Extracts and scores the files; with {@code dumpDir} not null also writes each article's facts there.
     * Warnings (missing gold files, ignored gold keys) go to {@code warnings}.
     */
    public EvalReport run(List<Path> files, Path goldDir, Path dumpDir, Consumer<String> warnings) {
        List<ArticleScore> scores = new ArrayList<>();
        List<EvalReport.Unscored> unscored = new ArrayList<>();
        for (Path file : files) {
            for (Article a : reader.read(file)) {
                Extraction x = pipeline.run(a);
                if (dumpDir != null) {
                    DumpWriter.write(dumpDir, a.id(), x);
                }
                Path goldFile = goldDir.resolve(a.id() + ".jsonl");
                if (!Files.isRegularFile(goldFile)) {
                    warnings.accept("no gold file " + goldFile + " for " + a.source() + ": article not scored");
                    unscored.add(new EvalReport.Unscored(a.id(), a.source(), "no gold file " + goldFile));
                    continue;
                }
                GoldFile gold = GoldReader.read(goldFile);
                gold.warnings().forEach(warnings);
                scores.add(scorer.score(a.id(), x.text().language(), x.facts(), gold.facts()));
            }
        }
        return new EvalReport(scores, unscored);
    }
}
