package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.OntologyFiles;

/**
 * The typed configuration a command builds from its options and passes down.
 *
 * @param store    TDB2 store folder
 * @param ontology curated data folder
 * @param maxBytes largest article file accepted
 * @param language forced article language, or null to detect
 */
record Settings(Path store, OntologyFiles ontology, long maxBytes, String language) {
    static Settings of(StoreOptions s, IngestOptions i) {
        return new Settings(s.store, s.ontologyFiles(), i.maxSize, i.lang);
    }
}
