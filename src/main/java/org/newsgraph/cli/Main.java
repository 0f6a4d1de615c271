package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command line. Exit codes: 0 success, 1 failure, 2 usage error.
 *
 * <pre>
 *   java -jar target/newsgraph.jar up
 *   java -jar target/newsgraph.jar ingest --store store data/articles
 *   java -jar target/newsgraph.jar query --text 'SELECT * { ?s ?p ?o } LIMIT 5'
 * </pre>
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles into an RDF knowledge graph (Apache Jena TDB2) and serves it with Fuseki.",
        subcommands = {IngestCommand.class, ServeCommand.class, UpCommand.class, ExtractCommand.class,
                QueryCommand.class, EvalCommand.class, WatchCommand.class, ReindexCommand.class,
                RemoveCommand.class, ValidateCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests: no {@code System.exit}). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("newsgraph: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + org.newsgraph.extract.Pipeline.VERSION};
        }
    }
}
