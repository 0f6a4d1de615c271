package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.ReportWriter;
import org.newsgraph.eval.Score;
import org.newsgraph.extract.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval}: extraction quality against gold facts (GUIDELINES.md). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extracts the given articles (files or folders) and scores the facts against DIR/<article id>"
                + ".jsonl as the annotation guidelines define: precision, recall and F1 per fact kind, per language "
                + "and overall (micro), mentions apart from relational facts.",
                "An article without a gold file is warned about and not scored. Exits 0 whatever the score, "
                        + "1 when --min-f1 is missed (or an article or gold file cannot be read), 2 on usage "
                        + "errors (including: no article has a gold file)."})
final class EvalCommand implements Callable<Integer> {
    /** Report formats. */
    enum Format { table, json }

    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Folder of gold files <id>.jsonl.")
    Path gold;
    @Option(names = "--dump", paramLabel = "DIR",
            description = "Also write each article's extracted facts, in the gold format, to DIR/<id>.jsonl.")
    Path dump;
    @Option(names = "--min-f1", paramLabel = "X",
            description = "Exit 1 when the relational micro-F1 or the mention F1 is below X (0 to 1).")
    Double minF1;
    @Option(names = "--format", defaultValue = "table",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = "--details", description = "List each article's missed (FN) and spurious (FP) facts.")
    boolean details;
    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Ontology folder (default: ./ontology when present, else the copy in the jar).")
    Path ontology;
    @Mixin
    IngestOptions ingestOptions;
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) {
            throw new ParameterException(spec.commandLine(), "--gold " + gold + " is not a folder");
        }
        if (minF1 != null && !(minF1 >= 0 && minF1 <= 1)) {
            throw new ParameterException(spec.commandLine(), "--min-f1 must be between 0 and 1, got " + minF1);
        }
        OntologyFiles files = ontology != null ? new OntologyFiles(ontology) : OntologyFiles.locate();
        Settings s = new Settings(null, files, ingestOptions.maxSize, ingestOptions.lang,
                org.newsgraph.article.ArticleFormat.auto, org.newsgraph.article.JsonFields.DEFAULT);
        List<Path> articles = ArticleFinder.find(paths);
        if (articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no article files (*.txt, *.text, *.md) in " + paths);
        }
        Evaluator evaluator = new Evaluator(Pipeline.load(s.ontology()), ArticleReaders.of(s));
        EvalReport report = evaluator.run(articles, gold, dump, w -> System.err.println("warning: " + w));
        if (report.articles().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no gold file in " + gold + " for any of the "
                    + report.unscored().size() + " articles (expected " + gold.resolve("<article id>.jsonl") + ")");
        }
        if (format == Format.json) {
            System.out.println(ReportWriter.json(report));
        } else {
            ReportWriter.table(report, details, System.out);
        }
        System.out.flush();
        return minF1 == null ? 0 : gate(report);
    }

    /** 1 (naming what failed) when a measured F1 is below --min-f1; an F1 with nothing to measure passes. */
    private int gate(EvalReport report) {
        List<String> failed = new ArrayList<>();
        check("relational micro-F1", report.relational(), failed);
        check("mention F1", report.mention(), failed);
        failed.forEach(f -> System.err.println("eval: " + f));
        return failed.isEmpty() ? 0 : 1;
    }

    private void check(String what, Score score, List<String> failed) {
        if (!score.isEmpty() && score.f1() < minF1) {
            failed.add(String.format(Locale.ROOT, "%s %.3f is below --min-f1 %s", what, score.f1(), minF1));
        }
    }
}
