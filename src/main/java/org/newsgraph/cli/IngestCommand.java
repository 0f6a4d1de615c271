package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.NewsGraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest}: read, extract and load articles, one named graph each. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (files or folders, recursively), extracts facts and loads each article into its "
                + "own named graph of the store, replacing what an earlier run stored for it. Unchanged articles "
                + "are skipped. Exits 1 if any article failed."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    IngestOptions ingestOptions;
    @Mixin
    InputOptions inputOptions;
    @Mixin
    LoadOptions loadOptions;
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders; - reads standard input.")
    List<Path> paths;
    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write the failures as JSON (file, id, category, message) to FILE.")
    Path errors;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Settings s = Settings.of(storeOptions, ingestOptions, inputOptions);
        PrintStream out = new PrintStream(spec.commandLine().getOut() == null ? System.out : System.out, true);
        Ingester.Result r = run(s, paths, out, loadOptions.options());
        if (errors != null) {
            ErrorReport.write(errors, r);
        }
        return r.failures().isEmpty() ? 0 : 1;
    }

    /** Ingests and prints the summary; shared with {@code up}. */
    static Ingester.Result run(Settings s, List<Path> paths, PrintStream out, Ingester.Options options) {
        // a missing path is reported by the reader as one failure instead of stopping the whole batch
        List<Path> files = new java.util.ArrayList<>(ArticleFinder.find(paths.stream().filter(Files::exists).toList()));
        paths.stream().filter(p -> !Files.exists(p)).forEach(files::add);
        Pipeline pipeline = Pipeline.load(s.ontology());
        try (NewsGraphStore store = NewsGraphStore.open(s.store())) {
            Ingester ingester = new Ingester(pipeline, store, ArticleReaders.of(s), s.ontology(), options);
            Ingester.Result r = ingester.ingest(files, ProgressBar.forTerminal(out));
            for (Ingester.Failure f : r.failures()) {
                System.err.println("error: " + f.message() + " (" + f.category().label() + ")");
            }
            out.printf("articles: %d (loaded %d, unchanged %d)  facts: %d  triples: %d  errors: %d  time: %.1f s%n",
                    r.articles(), r.loaded(), r.skipped(), r.facts(), r.triples(), r.failures().size(),
                    r.time().toMillis() / 1000.0);
            return r;
        }
    }
}
