package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.synth.SyntheticArticleGenerator;
import picocli.CommandLine.Command;
import org.newsgraph.OntologyFiles;
import picocli.CommandLine.Option;

/** {@code generate}: synthetic defence-news articles for benchmarks and load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes synthetic defence-news articles (plain text, first line marks them SYNTHETIC) built "
                + "from the reference data and the lexicons, for benchmarks. Deterministic for a seed; files go to "
                + "DIR/<lang>/<nnn>/synth-<lang>-<i>.txt, at most 1000 per folder."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Ontology folder (default: ./ontology when present, else the copy in the jar).")
    Path ontology;
    @Option(names = "--count", required = true, paramLabel = "N", description = "Number of articles.")
    long count;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;
    @Option(names = "--languages", defaultValue = "en,tl,ru", split = ",", paramLabel = "LANG",
            description = "Languages, taken in turn (default: ${DEFAULT-VALUE}).")
    List<String> languages;

    @Override
    public Integer call() {
        if (count < 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--count must be 0 or more, got " + count);
        }
        long t0 = System.nanoTime();
        long bytes = SyntheticArticleGenerator.load(
                ontology != null ? new OntologyFiles(ontology) : OntologyFiles.locate(), languages).write(out, count, seed);
        System.out.printf("wrote %d synthetic articles (%.1f MB) to %s in %.1f s%n", count, bytes / 1e6, out,
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
