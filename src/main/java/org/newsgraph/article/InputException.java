package org.newsgraph.article;

import java.nio.file.Path;
import org.newsgraph.NewsGraphException;

/** An input article cannot be read: the message names the file and the cause. */
public class InputException extends NewsGraphException {
    private final String source;

    public InputException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public InputException(Path file, String problem) {
        this(file.toString(), problem);
    }

    public InputException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** The file (or other source) the problem is in. */
    public String source() {
        return source;
    }
}
