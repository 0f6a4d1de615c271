package org.newsgraph.article;

import java.nio.file.Path;
import org.newsgraph.NewsGraphException;

/**
 * An input article cannot be read: the message names the file and the cause, the {@link #category()} says which
 * kind of problem it is (for {@code ingest --errors}). Constructors without a category mean
 * {@link FailureCategory#MALFORMED}.
 */
public class InputException extends NewsGraphException {
    private final String source;
    private final FailureCategory category;

    public InputException(String source, String problem) {
        this(source, FailureCategory.MALFORMED, problem, null);
    }

    public InputException(Path file, String problem) {
        this(file.toString(), problem);
    }

    public InputException(String source, String problem, Throwable cause) {
        this(source, FailureCategory.MALFORMED, problem, cause);
    }

    public InputException(String source, FailureCategory category, String problem) {
        this(source, category, problem, null);
    }

    public InputException(String source, FailureCategory category, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.category = java.util.Objects.requireNonNull(category, "category");
    }

    /** What kind of problem this is. */
    public FailureCategory category() {
        return category;
    }

    /** The file (or other source) the problem is in. */
    public String source() {
        return source;
    }
}
