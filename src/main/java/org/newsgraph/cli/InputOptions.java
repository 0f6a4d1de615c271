package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.article.ArticleFormat;
import picocli.CommandLine.Option;

/** Options saying how to read the input files. */
final class InputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: by file extension, "
                    + "else by content).")
    ArticleFormat format = ArticleFormat.auto;

    @Option(names = "--field", paramLabel = "KEY=NAME",
            description = "JSON Lines field holding a value, e.g. --field text=body --field date=published "
                    + "(keys: id, url, title, date, language, text, publisher, author).")
    List<String> fields = new ArrayList<>();
}
