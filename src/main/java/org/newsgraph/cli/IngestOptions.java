package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** Options of the commands that read articles. */
final class IngestOptions {
    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "5242880",
            description = "Largest article file accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Language of the articles (ISO 639-1: en, ru, tl); overrides detection.")
    String lang;
}
