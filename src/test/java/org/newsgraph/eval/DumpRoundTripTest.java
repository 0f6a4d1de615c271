package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.eval.Facts.date;
import static org.newsgraph.eval.Facts.fact;
import static org.newsgraph.eval.Facts.mention;
import static org.newsgraph.eval.Facts.minted;
import static org.newsgraph.eval.Facts.ref;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Role;
import org.newsgraph.nlp.AnalyzedText;

/** A dump read back as gold scores F1 = 1 against the extraction that made it. */
class DumpRoundTripTest {
    private static final Entity KAZAKHSTAN = ref("state/kazakhstan");
    private static final Entity RUSSIA = ref("state/russia");
    private static final Entity AKHMETOV = ref("person/danial-akhmetov");
    private static final Entity POLETAEV = minted(EntityType.PERSON, "Eduard Poletaev");

    private static final List<Fact> FACTS = List.of(
            mention(KAZAKHSTAN, "Kazakstan"), mention(KAZAKHSTAN, "Kazakhstan"), mention(RUSSIA, "Russia"),
            mention(POLETAEV, "Eduard Poletaev"), mention(POLETAEV, "Poletaev"),
            mention(ref("equipment/armoured-personnel-carrier"), "APCs"),
            fact(FactKind.COOPERATES_WITH, "cooperation with Russia", Arg.A, RUSSIA, Arg.B, KAZAKHSTAN),
            fact(FactKind.COOPERATES_WITH, "Kazakh-Russian cooperation", Arg.A, KAZAKHSTAN, Arg.B, RUSSIA),
            fact(FactKind.HOLDS_POSITION, "Political commentator Eduard Poletaev", Arg.PERSON, POLETAEV,
                    Arg.ROLE, Role.Expert),
            fact(FactKind.HOLDS_POSITION, "former defence minister", Arg.PERSON, AKHMETOV, Arg.ROLE,
                    Role.DefenceMinister, Arg.OF, KAZAKHSTAN, Arg.FORMER, Literal.bool(true)),
            fact(FactKind.HOLDS_POSITION, "the defence minister", Arg.PERSON, AKHMETOV, Arg.ROLE,
                    Role.DefenceMinister),
            fact(FactKind.VISIT, "visit to Moscow on February 16", Arg.PERSON, AKHMETOV,
                    Arg.PLACE, ref("place/moscow"), Arg.DATE, date("--02-16")),
            fact(FactKind.ARMS_TRANSFER, "Russia sold 40 APCs to Kazakhstan", Arg.SUPPLIER, RUSSIA, Arg.RECIPIENT,
                    KAZAKHSTAN, Arg.EQUIPMENT, ref("equipment/armoured-personnel-carrier"), Arg.QUANTITY,
                    Literal.integer(40)),
            fact(FactKind.STATEMENT, "Poletaev said", Arg.SPEAKER, POLETAEV, Arg.QUOTE,
                    Literal.string("Astana will keep buying Russian arms")));

    private static Extraction extraction() {
        Article a = new Article("kz-ru", "Kazakstan and Russia.", null, "kz-ru.txt");
        return new Extraction(new AnalyzedText(a, "en", List.of()), FACTS);
    }

    @Test
    void dumpReadsBackAsGoldAndScoresPerfectly() {
        String dump = DumpWriter.text("kz-ru", extraction());
        GoldFile gold = GoldReader.parse(dump, "kz-ru.jsonl");
        assertTrue(gold.warnings().isEmpty(), gold.warnings().toString());
        ArticleScore s = new Scorer(EntityNames.of(Facts.KB)).score("kz-ru", "en", FACTS, gold.facts());
        assertEquals(1.0, s.mention().f1(), s.toString());
        assertEquals(1.0, s.relational().f1(), s.toString());
        assertEquals(4, s.mention().tp(), "Kazakhstan, Russia, Poletaev, APC: duplicates written once");
        assertEquals(7, s.relational().tp(), "the symmetric pair is one fact, the quote is no argument");
    }

    @Test
    void dumpLinesAreInTheGoldFormatWithEvidenceAndRule() {
        List<JsonObject> lines = DumpWriter.text("kz-ru", extraction()).lines().filter(l -> !l.startsWith("//"))
                .map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        JsonObject kz = lines.get(0);
        assertEquals("mention", kz.get("fact").getAsString());
        assertEquals("Kazakhstan", kz.get("entity").getAsString(), "the English preferred label, not the surface");
        assertEquals("Q232", kz.get("entity_qid").getAsString());
        assertEquals("State", kz.get("type").getAsString());
        assertEquals("Kazakstan", kz.get("evidence").getAsString());
        assertTrue(kz.get("rule").getAsString().startsWith("test."));
        JsonObject former = lines.stream().filter(o -> o.has("former")).findFirst().orElseThrow();
        assertTrue(former.get("former").getAsJsonPrimitive().isBoolean());
        assertEquals("Kazakhstan", former.get("of").getAsString());
        JsonObject visit = lines.stream().filter(o -> o.get("fact").getAsString().equals("visit")).findFirst()
                .orElseThrow();
        assertEquals("--02-16", visit.get("date").getAsString());
        assertEquals("Moscow", visit.get("place").getAsString());
        assertTrue(lines.stream().noneMatch(o -> o.has("quote")));
        assertTrue(lines.stream().noneMatch(o -> o.has("speaker_qid")), "minted entities have no Wikidata id");
    }
}
