package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.FactKind;

class GoldReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheSeedGoldFiles() throws IOException {
        for (Path p : List.of(Path.of("data/gold/000_64255a36b834ab02.jsonl"),
                Path.of("data/gold/001_8ffcc6664766d8cb.jsonl"))) {
            GoldFile g = GoldReader.read(p);
            long lines = Files.readAllLines(p).stream().filter(l -> !l.isBlank() && !l.startsWith("//")).count();
            assertEquals(lines, g.facts().size(), p.toString());
            assertTrue(g.warnings().isEmpty(), g.warnings().toString());
        }
        GoldFile en = GoldReader.read(Path.of("data/gold/001_8ffcc6664766d8cb.jsonl"));
        GoldFact visit = en.facts().stream().filter(f -> f.kind() == FactKind.VISIT).findFirst().orElseThrow();
        assertEquals("--02-16", visit.args().get(Arg.DATE));
        assertTrue(en.facts().stream().anyMatch(f -> f.optional() && f.kind() == FactKind.AFFILIATED_WITH));
    }

    @Test
    void skipsCommentsAndBlankLinesAndReadsArgsObjectsQidsAndFlags() {
        GoldFile g = GoldReader.parse("\uFEFF// Kazakhstan and the CSTO\n\n"
                + "{\"fact\":\"mention\",\"entity\":\"CSTO\",\"type\":\"InternationalOrganization\"}\r\n"
                + "  // an indented comment\n"
                + "{\"fact\":\"memberOf\",\"args\":{\"member\":\"Kazakhstan\",\"member_qid\":\"Q232\","
                + "\"organization\":\"CSTO\"},\"evidence\":\"a member of the CSTO\"}\n"
                + "{\"fact\":\"holdsPosition\",\"person\":\"Oleksandr Kuzmuk\",\"role\":\"DefenceMinister\","
                + "\"former\":true,\"optional\":true}\n", "k.jsonl");
        assertEquals(3, g.facts().size());
        assertEquals(EntityType.INTERNATIONAL_ORGANIZATION, g.facts().get(0).type());
        assertEquals("k.jsonl:3", g.facts().get(0).where());
        GoldFact member = g.facts().get(1);
        assertEquals("Kazakhstan", member.args().get(Arg.MEMBER));
        assertEquals("Q232", member.qids().get(Arg.MEMBER));
        assertEquals("a member of the CSTO", member.evidence());
        assertEquals("k.jsonl:5", member.where());
        GoldFact position = g.facts().get(2);
        assertTrue(position.optional());
        assertEquals("true", position.args().get(Arg.FORMER));
        assertNull(position.args().get(Arg.OF));
    }

    @Test
    void unknownKeysAreWarnedAboutNotFatal() {
        GoldFile g = GoldReader.parse("{\"fact\":\"dependsOn\",\"dependent\":\"Kazakhstan\",\"provider\":\"Russia\","
                + "\"note\":\"arms only\"}", "d.jsonl");
        assertEquals(1, g.facts().size());
        assertEquals(1, g.warnings().size());
        assertTrue(g.warnings().get(0).startsWith("d.jsonl:1: ignored key 'note'"), g.warnings().get(0));
    }

    @Test
    void brokenLinesNameFileAndLineAndWhatIsAllowed() {
        String ok = "{\"fact\":\"statement\",\"speaker\":\"Daur Dosybiev\"}\n";
        assertError(ok + "// fine so far\n{\"fact\":\"memberOf\",\"member\":\"Kazakhstan\"\n", "g.jsonl:3: not valid JSON");
        assertError(ok + "{\"fact\":\"membership\",\"member\":\"Kazakhstan\",\"organization\":\"CSTO\"}",
                "g.jsonl:2: unknown fact kind 'membership' (allowed: mention, memberOf,");
        assertError("{\"fact\":\"memberOf\",\"member\":\"Kazakhstan\"}",
                "g.jsonl:1: memberOf lacks organization (it takes member, organization)");
        assertError("{\"fact\":\"mention\",\"entity\":\"Kazakhstan\"}", "g.jsonl:1: mention lacks type");
        assertError("{\"fact\":\"mention\",\"entity\":\"Kazakhstan\",\"type\":\"Country\"}",
                "g.jsonl:1: unknown mention type 'Country' (allowed: State, InternationalOrganization,");
        assertError("{\"fact\":\"holdsPosition\",\"person\":\"Danial Akhmetov\",\"role\":\"Defence minister\"}",
                "g.jsonl:1: unknown role 'Defence minister' (allowed: HeadOfState,");
        assertError("{\"fact\":\"visit\",\"person\":\"Danial Akhmetov\",\"place\":\"Moscow\",\"date\":\"16 February\"}",
                "g.jsonl:1: date '16 February' is not ISO 8601");
        assertError("{\"fact\":\"memberOf\",\"member\":\"Kazakhstan\",\"member_qid\":\"232\",\"organization\":\"CSTO\"}",
                "g.jsonl:1: member_qid '232' is not a Wikidata id");
        assertError("[\"memberOf\"]", "g.jsonl:1: expected a JSON object");
        assertError("{\"speaker\":\"Daur Dosybiev\"}", "g.jsonl:1: no \"fact\" key");
        assertError("{\"fact\":\"statement\",\"speaker\":\"Daur Dosybiev\"} {}", "g.jsonl:1: text after the JSON");
        assertError("{'fact':'statement','speaker':'Daur Dosybiev'}", "g.jsonl:1: not valid JSON");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedByName() throws IOException {
        Path f = dir.resolve("latin1.jsonl");
        Files.write(f, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ": not valid UTF-8"), e.getMessage());
    }

    private static void assertError(String text, String expectedStart) {
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.parse(text, "g.jsonl"));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
