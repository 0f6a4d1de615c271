package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.OntologyFiles;
import picocli.CommandLine.Option;

/** Options shared by the commands that use the store and the ontology folder. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Ontology folder (default: ./ontology when present, else the copy in the jar).")
    Path ontology;

    OntologyFiles ontologyFiles() {
        return ontology != null ? new OntologyFiles(ontology) : OntologyFiles.locate();
    }
}
