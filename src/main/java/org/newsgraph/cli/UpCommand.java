package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code up}: the main job, ingest then serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "The main job: ingests data/articles into the store (skipping what is loaded and unchanged), "
                + "then serves it, following the folder: new and changed files are ingested, deleted ones retracted.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    IngestOptions ingestOptions;
    @Mixin
    ServeCommand.ServerOptions serverOptions;
    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "data/articles",
            description = "Folder of articles to ingest (default: ${DEFAULT-VALUE}).")
    Path articles;
    @Mixin
    InputOptions inputOptions;
    @Mixin
    LoadOptions loadOptions;
    @Option(names = "--no-watch", description = "Do not follow the articles folder while serving.")
    boolean noWatch;

    @Override
    public Integer call() {
        Settings s = Settings.of(storeOptions, ingestOptions, inputOptions);
        IngestCommand.run(s, List.of(articles), System.out, loadOptions.options());
        ServeCommand.serve(storeOptions, serverOptions, System.out, s, noWatch ? List.of() : List.of(articles));
        return 0;
    }
}
