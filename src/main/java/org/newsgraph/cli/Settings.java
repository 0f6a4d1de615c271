package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.ArticleFormat;
import org.newsgraph.article.JsonFields;

/**
 * The typed configuration a command builds from its options and passes down.
 *
 * @param store    TDB2 store folder
 * @param ontology curated data folder
 * @param maxBytes largest article file accepted
 * @param language forced article language, or null to detect
 * @param format   input format ({@code auto}: by extension or content)
 * @param fields   JSON Lines field names
 */
record Settings(Path store, OntologyFiles ontology, long maxBytes, String language, ArticleFormat format,
                JsonFields fields) {
    static Settings of(StoreOptions s, IngestOptions i) {
        return new Settings(s.store, s.ontologyFiles(), i.maxSize, i.lang, ArticleFormat.auto, JsonFields.DEFAULT);
    }

    static Settings of(StoreOptions s, IngestOptions i, InputOptions in) {
        try {
            return new Settings(s.store, s.ontologyFiles(), i.maxSize, i.lang, in.format,
                    JsonFields.DEFAULT.with(in.fields));
        } catch (IllegalArgumentException e) {
            throw new org.newsgraph.NewsGraphException(e.getMessage());
        }
    }
}
