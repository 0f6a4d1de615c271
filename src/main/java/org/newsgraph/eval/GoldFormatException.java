package org.newsgraph.eval;

import org.newsgraph.NewsGraphException;

/** A gold file breaks the format of the guidelines; the message starts with {@code file:line}. */
public class GoldFormatException extends NewsGraphException {
    public GoldFormatException(String where, String problem) {
        super(where + ": " + problem);
    }

    public GoldFormatException(String where, String problem, Throwable cause) {
        super(where + ": " + problem, cause);
    }
}
