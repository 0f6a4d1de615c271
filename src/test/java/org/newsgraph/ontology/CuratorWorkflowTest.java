package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;

/** A curator adds a spelling to a reference file and the next pipeline recognises it; no Java involved. */
class CuratorWorkflowTest {
    static final String KYRGYZSTAN = "https://w3id.org/newsgraph/id/state/kyrgyzstan";
    static final Article ARTICLE = new Article("curator-alias",
            "Qyrgyzstan has received a second batch of armoured vehicles under a grant agreement, officials said on"
                    + " Tuesday.", new ArticleMetadata(null, null, null, null, "en"), "test");

    @TempDir
    Path dir;

    static boolean mentionsKyrgyzstan(Pipeline p) {
        Extraction x = p.run(ARTICLE);
        return x.mentions().stream().anyMatch(f -> f.args().values().stream()
                .anyMatch(v -> v instanceof org.newsgraph.extract.Entity e && e.iri().equals(KYRGYZSTAN)));
    }

    @Test
    void anAliasAddedToAReferenceFileIsRecognised() throws IOException {
        Path copy = org.newsgraph.TestStores.copyOntology(dir);
        assertFalse(mentionsKyrgyzstan(Pipeline.load(new OntologyFiles(copy))), "the spelling is new");

        // the curator's edit: one more skos:altLabel in the state's block of states.ttl
        Path states = copy.resolve("reference/states.ttl");
        String ttl = Files.readString(states);
        int block = ttl.indexOf("state:kyrgyzstan a ng:State");
        int alt = ttl.indexOf("skos:altLabel ", block) + "skos:altLabel ".length();
        assertTrue(block >= 0 && alt > block, "Kyrgyzstan and its aliases are in states.ttl");
        Files.writeString(states, ttl.substring(0, alt) + "\"Qyrgyzstan\"@en , " + ttl.substring(alt));

        assertTrue(mentionsKyrgyzstan(Pipeline.load(new OntologyFiles(copy))), "the new spelling is recognised");
    }
}
