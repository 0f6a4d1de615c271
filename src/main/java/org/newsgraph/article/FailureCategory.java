package org.newsgraph.article;

import java.util.Locale;

/**
 * Why an article could not be ingested: the {@code category} of each entry of {@code ingest --errors FILE}.
 * Readers pick one when they throw {@link InputException}; the ingest loop adds {@code DUPLICATE_ID}, {@code INTERNAL} and {@code STORE}.
 */
public enum FailureCategory {
    /** The file has no bytes, or only white space. */
    EMPTY,
    /** The file is over the size limit ({@code --max-size}). */
    TOO_LARGE,
    /** The file holds binary data (NUL bytes), not text. */
    BINARY,
    /** The bytes are not valid UTF-8 (or UTF-16 with a byte-order mark). */
    ENCODING,
    /** The file is text but not well-formed in its format (broken JSON line, feed, HTML), or has no article text. */
    MALFORMED,
    /** The file cannot be read at all (missing, permissions, I/O error). */
    UNREADABLE,
    /** The article id (from the file name or the record) is not usable in an IRI. */
    INVALID_ID,
    /** The article's language has no profile under {@code ontology/languages/}, or could not be detected. */
    LANGUAGE,
    /** Another article read earlier in the same run has the same id; the first one wins. */
    DUPLICATE_ID,
    /** Unexpected error while reading or extracting: a NewsGraph bug, reported with the exception; nothing stored. */
    INTERNAL,
    /** Writing to the store failed; the article's write transaction was rolled back, its old version kept. */
    STORE;

    /** The name used in reports: lower case with hyphens, e.g. {@code too-large}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
