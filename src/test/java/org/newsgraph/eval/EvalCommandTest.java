package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestStores;
import org.newsgraph.cli.Main;

/** {@code newsgraph eval} end to end: exit codes, --min-f1, --dump, missing gold files. */
class EvalCommandTest {
    private static final String ARTICLE = """
            Kazakhstan to receive Russian air defence systems

            ASTANA, 12 March. Kazakhstan will receive S-300 air defence systems from Russia under an agreement \
            signed this week, the Kazakh defence ministry said on Tuesday. Kazakhstan, a member of the CSTO, has \
            bought most of its weapons from Russia since independence.
            """;
    /** True mentions plus facts the article does not state: recall, hence F1, stays low whatever is extracted. */
    private static final String WRONG_GOLD = """
            // hand-made gold for kz-air-defence.txt
            {"fact":"mention","entity":"Kazakhstan","type":"State"}
            {"fact":"mention","entity":"Russia","type":"State"}
            {"fact":"mention","entity":"NATO","type":"InternationalOrganization"}
            {"fact":"mention","entity":"Israel","type":"State"}
            {"fact":"mention","entity":"Brussels","type":"Place"}
            {"fact":"mention","entity":"Ukraine","type":"State"}
            {"fact":"armsTransfer","supplier":"Israel","recipient":"Ukraine"}
            """;

    @TempDir
    Path dir;
    Path articles;
    Path gold;

    /** Runs the CLI capturing stdout and stderr. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        org.newsgraph.cli.CliRun r = org.newsgraph.cli.CliRun.run(args);
        return new Run(r.code(), r.out(), r.err());
    }

    @BeforeEach
    void article() throws IOException {
        articles = Files.createDirectories(dir.resolve("articles"));
        gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(articles.resolve("kz-air-defence.txt"), ARTICLE);
    }

    @Test
    void printsATableAndExitsZeroWhateverTheScore() throws IOException {
        Files.writeString(gold.resolve("kz-air-defence.jsonl"), WRONG_GOLD);
        Run r = run("eval", "--gold", gold.toString(), "--details", articles.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("relational (micro)"), r.out());
        assertTrue(r.out().matches("(?s).*\\nmention +\\d+ +\\d+ +\\d+ .*"), r.out());
        assertTrue(r.out().contains("en relational"), r.out());
        assertTrue(r.out().contains("articles: 1 scored (en 1), 0 without gold"), r.out());
        assertTrue(r.out().contains("FN armsTransfer"), r.out());
    }

    @Test
    void minF1FailsNamingWhatIsBelow() throws IOException {
        Files.writeString(gold.resolve("kz-air-defence.jsonl"), WRONG_GOLD);
        Run r = run("eval", "--gold", gold.toString(), "--min-f1", "0.9", articles.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("relational micro-F1 0.000 is below --min-f1 0.9"), r.err());
        assertTrue(r.err().contains("mention F1"), r.err());
        assertEquals(0, run("eval", "--gold", gold.toString(), "--min-f1", "0", articles.toString()).code());
    }

    @Test
    void aDumpIsGoldTheExtractionMeetsPerfectly() throws IOException {
        Path dump = dir.resolve("dump");
        Run first = run("eval", "--gold", gold.toString(), "--dump", dump.toString(), articles.toString());
        assertEquals(2, first.code(), "no gold at all is a usage error: " + first.err());
        assertTrue(first.err().contains("no gold file in " + gold), first.err());
        assertTrue(Files.readString(dump.resolve("kz-air-defence.jsonl")).contains("\"entity\":\"Kazakhstan\""));
        Run again = run("eval", "--gold", dump.toString(), "--min-f1", "1.0", "--format", "json", articles.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        JsonObject report = JsonParser.parseString(again.out()).getAsJsonObject();
        assertEquals(1.0, report.getAsJsonObject("mention").get("f1").getAsDouble());
        assertEquals(0, report.getAsJsonObject("relational").get("fp").getAsInt());
        assertEquals(0, report.getAsJsonObject("relational").get("fn").getAsInt());
    }

    @Test
    void theSeedsDumpedAndReadBackScoreOne() {
        Path dump = dir.resolve("seeds");
        Run first = run("eval", "--gold", "data/gold", "--dump", dump.toString(), TestStores.seeds().toString());
        assertEquals(0, first.code(), first.err());
        Run again = run("eval", "--gold", dump.toString(), "--format", "json", TestStores.seeds().toString());
        assertEquals(0, again.code(), again.err());
        assertFalse(again.err().contains("warning"), again.err());
        JsonObject report = JsonParser.parseString(again.out()).getAsJsonObject();
        for (String part : new String[] {"mention", "relational"}) {
            JsonObject s = report.getAsJsonObject(part);
            assertEquals(0, s.get("fp").getAsInt(), part + ": " + again.out());
            assertEquals(0, s.get("fn").getAsInt(), part + ": " + again.out());
        }
        assertTrue(report.getAsJsonObject("mention").get("tp").getAsInt() > 20, again.out());
    }

    @Test
    void anArticleWithoutGoldIsWarnedAboutAndLeftOut() throws IOException {
        Files.writeString(gold.resolve("kz-air-defence.jsonl"), WRONG_GOLD);
        Files.writeString(articles.resolve("unannotated.txt"), "Russia and Belarus held joint air defence drills.");
        Run r = run("eval", "--gold", gold.toString(), articles.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: no gold file " + gold.resolve("unannotated.jsonl")), r.err());
        assertTrue(r.out().contains("articles: 1 scored (en 1), 1 without gold"), r.out());
        assertTrue(r.out().contains("not scored: unannotated"), r.out());
    }

    @Test
    void usageErrorsExitTwoAndBrokenGoldExitsOne() throws IOException {
        assertEquals(0, run("eval", "--help").code());
        assertEquals(2, run("eval", articles.toString()).code(), "--gold is required");
        assertEquals(2, run("eval", "--gold", dir.resolve("nowhere").toString(), articles.toString()).code());
        assertEquals(2, run("eval", "--gold", gold.toString(), "--min-f1", "1.5", articles.toString()).code());
        assertEquals(2, run("eval", "--gold", gold.toString(), "--format", "xml", articles.toString()).code());
        Files.writeString(gold.resolve("kz-air-defence.jsonl"),
                "{\"fact\":\"mention\",\"entity\":\"Kazakhstan\",\"type\":\"State\"}\n{\"fact\":\"memberOf\"\n");
        Run r = run("eval", "--gold", gold.toString(), articles.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(gold.resolve("kz-air-defence.jsonl") + ":2: not valid JSON"), r.err());
    }
}
