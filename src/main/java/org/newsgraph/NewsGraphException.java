package org.newsgraph;

/** Root of NewsGraph's unchecked exceptions. Messages say what went wrong, where, and what is allowed. */
public class NewsGraphException extends RuntimeException {
    public NewsGraphException(String message) {
        super(message);
    }

    public NewsGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
