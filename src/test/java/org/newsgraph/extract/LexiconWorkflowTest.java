package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;

/** Language knowledge is data: a role word added to a lexicon file is picked up without code; errors name file:line. */
class LexiconWorkflowTest {
    static final Article ARTICLE = new Article("lexicon-role",
            "Wargaming consultant Taras Melnyk said the drills exposed gaps in air defence.",
            new ArticleMetadata(null, null, null, null, "en"), "test");

    @TempDir
    Path dir;

    private static boolean expertFound(Pipeline p) {
        return p.run(ARTICLE).relations().stream().anyMatch(f -> f.kind() == FactKind.HOLDS_POSITION
                && f.args().get(Arg.ROLE) == Role.Expert && f.entity(Arg.PERSON) != null
                && f.entity(Arg.PERSON).label().equals("Taras Melnyk"));
    }

    @Test
    void aRoleWordAddedToTheLexiconIsPickedUp() throws IOException {
        Path copy = org.newsgraph.TestStores.copyOntology(dir);
        assertFalse(expertFound(Pipeline.load(new OntologyFiles(copy))), "the role word is new");
        Path en = copy.resolve("lexicon/en.lex");
        Files.writeString(en, Files.readString(en).replace("[role Expert]\n", "[role Expert]\nwargaming consultant\n"));
        assertTrue(expertFound(Pipeline.load(new OntologyFiles(copy))), "the new role word is used");
    }

    @Test
    void aBrokenLexiconIsReportedWithFileAndLine() throws IOException {
        Path f = dir.resolve("xx.lex");
        Files.writeString(f, "# test\n[cooperatesWith S<T>Q]\ncooperation with\n");
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> Lexicon.read(f));
        assertTrue(e.getMessage().contains("xx.lex:2") && e.getMessage().contains("allowed: S<T>O"), e.getMessage());
        Files.writeString(f, "[role Admiralissimo]\nfleet chief\n");
        e = assertThrows(NewsGraphException.class, () -> Lexicon.read(f));
        assertTrue(e.getMessage().contains("xx.lex:1") && e.getMessage().contains("unknown role"), e.getMessage());
        Files.writeString(f, "orphan phrase\n");
        e = assertThrows(NewsGraphException.class, () -> Lexicon.read(f));
        assertTrue(e.getMessage().contains("before any [section]"), e.getMessage());
    }
}
