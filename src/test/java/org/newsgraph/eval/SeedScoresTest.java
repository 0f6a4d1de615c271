package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestStores;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.article.TextArticleReader;

/** The seed articles against their gold files: the quality targets of issue 4 (F1 >= 0.95). */
class SeedScoresTest {
    private static final double TARGET = 0.95;

    @Test
    void seedArticlesMeetTheTargets() {
        List<String> warnings = new ArrayList<>();
        EvalReport r = new Evaluator(TestStores.pipeline(), new TextArticleReader(5 << 20))
                .run(ArticleFinder.find(List.of(TestStores.seeds())), Path.of("data/gold"), null, warnings::add);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ReportWriter.table(r, true, new PrintStream(table, true, StandardCharsets.UTF_8));
        String report = table.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertEquals(2, r.articles().size(), "both seeds have gold: " + warnings);
        assertAll(
                () -> assertTrue(r.relational().f1() >= TARGET,
                        "relational micro-F1 " + r.relational().f1() + " < " + TARGET + "\n" + report),
                () -> assertTrue(r.mention().f1() >= TARGET,
                        "mention F1 " + r.mention().f1() + " < " + TARGET + "\n" + report));
    }
}
