package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.eval.Facts.date;
import static org.newsgraph.eval.Facts.fact;
import static org.newsgraph.eval.Facts.mention;
import static org.newsgraph.eval.Facts.minted;
import static org.newsgraph.eval.Facts.ref;
import static org.newsgraph.eval.Facts.score;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Role;

/** The matching rules of GUIDELINES.md ("How matching counts"), on hand-made gold and extracted facts. */
class ScorerTest {
    private static final Entity KAZAKHSTAN = ref("state/kazakhstan");
    private static final Entity RUSSIA = ref("state/russia");
    private static final Entity UKRAINE = ref("state/ukraine");
    private static final Entity ISRAEL = ref("state/israel");
    private static final Entity CSTO = ref("intorg/csto");
    private static final Entity NATO = ref("intorg/nato");
    private static final Entity MOSCOW = ref("place/moscow");
    private static final Entity AKHMETOV = ref("person/danial-akhmetov");
    private static final Entity APC = ref("equipment/armoured-personnel-carrier");
    private static final Entity ZGURETS = minted(EntityType.PERSON, "Sergei Zgurets");

    private static Score relational(ArticleScore s) {
        return s.relational();
    }

    @Test
    void symmetricFactsMatchInEitherOrder() {
        ArticleScore s = score(List.of(
                        fact(FactKind.COMPETES_WITH, "Ukraine competes with Russia", Arg.A, UKRAINE, Arg.B, RUSSIA),
                        fact(FactKind.COOPERATES_WITH, "cooperation with Kazakhstan", Arg.A, ISRAEL, Arg.B, KAZAKHSTAN)),
                "{\"fact\":\"competesWith\",\"a\":\"Russia\",\"b\":\"Ukraine\"}",
                "{\"fact\":\"cooperatesWith\",\"a\":\"Kazakhstan\",\"b\":\"Israel\"}");
        assertEquals(new Score(1, 0, 0), s.kind(FactKind.COMPETES_WITH));
        assertEquals(new Score(1, 0, 0), s.kind(FactKind.COOPERATES_WITH));
    }

    @Test
    void asymmetricFactsDoNotMatchReversed() {
        ArticleScore s = score(List.of(fact(FactKind.DEPENDS_ON, "Russia relies on Kazakhstan",
                        Arg.DEPENDENT, RUSSIA, Arg.PROVIDER, KAZAKHSTAN)),
                "{\"fact\":\"dependsOn\",\"dependent\":\"Kazakhstan\",\"provider\":\"Russia\"}");
        assertEquals(new Score(0, 1, 1), s.kind(FactKind.DEPENDS_ON));
    }

    @Test
    void optionalGoldFactsCountNeitherForRecallNorAgainstPrecision() {
        ArticleScore s = score(List.of(fact(FactKind.COOPERATES_WITH, "growing relationship with NATO",
                        Arg.A, NATO, Arg.B, KAZAKHSTAN)),
                "{\"fact\":\"cooperatesWith\",\"a\":\"Kazakhstan\",\"b\":\"NATO\",\"optional\":true}",
                "{\"fact\":\"affiliatedWith\",\"person\":\"Sergei Zgurets\",\"organization\":\"NATO\",\"optional\":true}");
        assertEquals(Score.ZERO, relational(s), "found optional fact is neutral, missed one is no FN");
        assertTrue(s.spurious().isEmpty() && s.missed().isEmpty());
    }

    @Test
    void argumentsTheGoldFactLeavesOutAreNotCompared() {
        ArticleScore s = score(List.of(
                        fact(FactKind.ARMS_TRANSFER, "Russia delivered APCs to Kazakhstan", Arg.SUPPLIER, RUSSIA,
                                Arg.RECIPIENT, KAZAKHSTAN, Arg.EQUIPMENT, APC),
                        fact(FactKind.HOLDS_POSITION, "former Kazakh defence minister Danial Akhmetov",
                                Arg.PERSON, AKHMETOV, Arg.ROLE, Role.DefenceMinister, Arg.OF, KAZAKHSTAN,
                                Arg.FORMER, Literal.bool(true)),
                        fact(FactKind.VISIT, "Akhmetov visited Moscow on 16 February", Arg.PERSON, AKHMETOV,
                                Arg.PLACE, MOSCOW, Arg.DATE, date("--02-16"))),
                "{\"fact\":\"armsTransfer\",\"supplier\":\"Russia\",\"recipient\":\"Kazakhstan\"}",
                "{\"fact\":\"holdsPosition\",\"person\":\"Danial Akhmetov\",\"role\":\"DefenceMinister\"}",
                "{\"fact\":\"visit\",\"person\":\"Danial Akhmetov\",\"place\":\"Moscow\"}");
        assertEquals(new Score(3, 0, 0), relational(s));
    }

    @Test
    void argumentsTheGoldFactGivesMustMatch() {
        ArticleScore s = score(List.of(
                        fact(FactKind.VISIT, "visit to Moscow on 17 February", Arg.PERSON, AKHMETOV,
                                Arg.PLACE, MOSCOW, Arg.DATE, date("--02-17")),
                        fact(FactKind.HOLDS_POSITION, "Defence Minister Danial Akhmetov", Arg.PERSON, AKHMETOV,
                                Arg.ROLE, Role.DefenceMinister),
                        fact(FactKind.ARMS_TRANSFER, "Russian arms for Kazakhstan", Arg.SUPPLIER, RUSSIA,
                                Arg.RECIPIENT, KAZAKHSTAN)),
                "{\"fact\":\"visit\",\"person\":\"Danial Akhmetov\",\"place\":\"Moscow\",\"date\":\"--02-16\"}",
                "{\"fact\":\"holdsPosition\",\"person\":\"Danial Akhmetov\",\"role\":\"DefenceMinister\","
                        + "\"of\":\"Kazakhstan\"}",
                "{\"fact\":\"armsTransfer\",\"supplier\":\"Russia\",\"recipient\":\"Kazakhstan\",\"equipment\":\"APC\"}");
        assertEquals(new Score(0, 3, 3), relational(s));
    }

    @Test
    void formerIsComparedWhenGivenAndAbsentMeansCurrent() {
        Fact current = fact(FactKind.HOLDS_POSITION, "Defence Minister Danial Akhmetov", Arg.PERSON, AKHMETOV,
                Arg.ROLE, Role.DefenceMinister);
        String former = "{\"fact\":\"holdsPosition\",\"person\":\"Danial Akhmetov\",\"role\":\"DefenceMinister\","
                + "\"former\":true}";
        String notFormer = former.replace("true", "false");
        assertEquals(new Score(0, 1, 1), score(List.of(current), former).kind(FactKind.HOLDS_POSITION));
        assertEquals(new Score(1, 0, 0), score(List.of(current), notFormer).kind(FactKind.HOLDS_POSITION));
    }

    @Test
    void datesMatchAsWrittenIncludingPartialDates() {
        Fact visit = fact(FactKind.VISIT, "his visit to Moscow on February 16", Arg.PERSON, AKHMETOV,
                Arg.PLACE, MOSCOW, Arg.DATE, date("--02-16"));
        String gold = "{\"fact\":\"visit\",\"person\":\"Danial Akhmetov\",\"place\":\"Moscow\",\"date\":\"%s\"}";
        assertEquals(1, score(List.of(visit), gold.formatted("--02-16")).kind(FactKind.VISIT).tp());
        assertEquals(0, score(List.of(visit), gold.formatted("2007-02-16")).kind(FactKind.VISIT).tp());
        Fact month = fact(FactKind.VISIT, "in December 2006", Arg.PERSON, AKHMETOV, Arg.PLACE, MOSCOW,
                Arg.DATE, new Literal("2006-12", Literal.XSD + "gYearMonth"));
        assertEquals(1, score(List.of(month), gold.formatted("2006-12")).kind(FactKind.VISIT).tp());
    }

    @Test
    void wikidataIdsDecideWhereBothSidesHaveOne() {
        Fact member = fact(FactKind.MEMBER_OF, "Kazakhstan is a member of the CSTO", Arg.MEMBER, KAZAKHSTAN,
                Arg.ORGANIZATION, CSTO);
        String byId = "{\"fact\":\"memberOf\",\"member\":\"Kazakh Republic\",\"member_qid\":\"Q232\","
                + "\"organization\":\"CSTO\"}";
        String wrongId = "{\"fact\":\"memberOf\",\"member\":\"Kazakhstan\",\"member_qid\":\"Q159\","
                + "\"organization\":\"CSTO\"}";
        String idOnlyOnGold = "{\"fact\":\"memberOf\",\"member\":\"Kazakhstan\",\"organization\":\"CSTO\","
                + "\"organization_qid\":\"Q1\"}";
        assertEquals(1, score(List.of(member), byId).relational().tp(), "matching id wins over an unknown name");
        assertEquals(0, score(List.of(member), wrongId).relational().tp(),
                "a different id fails although the name matches");
        assertEquals(1, score(List.of(member), idOnlyOnGold).relational().tp(),
                "no id on the extracted side: by name");
    }

    @Test
    void namesMatchEveryLabelAndAliasWithCaseDiacriticsHyphensAndSpacesFolded() {
        Fact member = fact(FactKind.MEMBER_OF, "Kazakstan is a member of the CSTO", Arg.MEMBER, KAZAKHSTAN,
                Arg.ORGANIZATION, CSTO);
        String gold = "{\"fact\":\"memberOf\",\"member\":\"%s\",\"organization\":\"%s\"}";
        for (String[] names : new String[][] {{"Kazakhstan", "CSTO"}, {"Kazakstan", "csto"},
                {"QAZAQSTÁN", "Collective Security Treaty-Organization"}, {"Казахстан", "ОДКБ"},
                {"Republic of  Kazakhstan", "collective security treaty organization"}}) {
            assertEquals(1, score(List.of(member), gold.formatted(names[0], names[1])).relational().tp(),
                    String.join(" / ", names));
        }
        assertEquals(0, score(List.of(member), gold.formatted("Kazakh", "CSTO")).relational().tp(),
                "a demonym is not a name");
        Fact visit = fact(FactKind.VISIT, "visited Nur-Sultan", Arg.PERSON, AKHMETOV, Arg.PLACE, ref("place/astana"));
        assertEquals(1, score(List.of(visit), "{\"fact\":\"visit\",\"person\":\"danial akhmetov\","
                + "\"place\":\"Nur Sultan\"}").relational().tp());
    }

    @Test
    void mintedEntitiesMatchTheirLabelAndTheirSurfaceFormsInTheArticle() {
        List<Fact> facts = List.of(mention(ZGURETS, "Sergei Zgurets"), mention(ZGURETS, "Zgurts"),
                fact(FactKind.STATEMENT, "Zgurts said", Arg.SPEAKER, ZGURETS));
        assertEquals(1, score(facts, "{\"fact\":\"statement\",\"speaker\":\"Sergei Zgurets\"}").relational().tp());
        assertEquals(1, score(facts, "{\"fact\":\"statement\",\"speaker\":\"zgurts\"}").relational().tp());
        assertEquals(0, score(facts, "{\"fact\":\"statement\",\"speaker\":\"Sergei Zgurets Jr\"}").relational().tp());
    }

    @Test
    void equipmentMatchesByNameOrAliasOfItsCategory() {
        Fact transfer = fact(FactKind.ARMS_TRANSFER, "Ukraine delivered APCs to Kazakhstan", Arg.SUPPLIER, UKRAINE,
                Arg.RECIPIENT, KAZAKHSTAN, Arg.EQUIPMENT, APC);
        String gold = "{\"fact\":\"armsTransfer\",\"supplier\":\"Ukraine\",\"recipient\":\"Kazakhstan\","
                + "\"equipment\":\"%s\"}";
        for (String name : List.of("armoured personnel carrier", "APC", "Armored Personnel Carrier")) {
            assertEquals(1, score(List.of(transfer), gold.formatted(name)).relational().tp(), name);
        }
        assertEquals(0, score(List.of(transfer), gold.formatted("S-300")).relational().tp());
    }

    @Test
    void duplicateExtractedFactsCountOnce() {
        ArticleScore s = score(List.of(
                        fact(FactKind.MEMBER_OF, "Kazakhstan, a CSTO member", Arg.MEMBER, KAZAKHSTAN,
                                Arg.ORGANIZATION, CSTO),
                        fact(FactKind.MEMBER_OF, "Astana is a member of the CSTO", Arg.MEMBER, KAZAKHSTAN,
                                Arg.ORGANIZATION, CSTO),
                        mention(KAZAKHSTAN, "Kazakhstan"), mention(KAZAKHSTAN, "Kazakstan")),
                "{\"fact\":\"memberOf\",\"member\":\"Kazakhstan\",\"organization\":\"CSTO\"}",
                "{\"fact\":\"mention\",\"entity\":\"Kazakhstan\",\"type\":\"State\"}",
                "{\"fact\":\"mention\",\"entity\":\"Kazakhstan\",\"type\":\"State\",\"evidence\":\"again\"}");
        assertEquals(new Score(1, 0, 0), s.kind(FactKind.MEMBER_OF));
        assertEquals(new Score(1, 0, 0), s.mention(), "gold lines with one content also count once");
    }

    @Test
    void unmatchedFactsAreFalsePositivesAndMissedGoldFactsFalseNegatives() {
        Fact wrong = fact(FactKind.MEMBER_OF, "Russia joined NATO", Arg.MEMBER, RUSSIA, Arg.ORGANIZATION, NATO);
        ArticleScore s = score(List.of(wrong),
                "{\"fact\":\"memberOf\",\"member\":\"Kazakhstan\",\"organization\":\"CSTO\"}");
        assertEquals(new Score(0, 1, 1), s.kind(FactKind.MEMBER_OF));
        assertEquals(List.of(wrong), s.spurious());
        assertEquals("test.jsonl:1", s.missed().get(0).where());
        assertEquals(0.0, s.relational().f1());
    }

    @Test
    void aMentionNeedsTheRightType() {
        ArticleScore s = score(List.of(mention(MOSCOW, "Moscow")),
                "{\"fact\":\"mention\",\"entity\":\"Moscow\",\"type\":\"State\"}");
        assertEquals(new Score(0, 1, 1), s.mention());
        ArticleScore ok = score(List.of(mention(MOSCOW, "Moscow")),
                "{\"fact\":\"mention\",\"entity\":\"Moscow\",\"type\":\"Place\"}");
        assertEquals(new Score(1, 0, 0), ok.mention());
    }

    @Test
    void oneExtractedFactSatisfiesAtMostOneGoldFactAndTheMatchingIsMaximal() {
        Fact dated = fact(FactKind.VISIT, "visit to Moscow on February 16", Arg.PERSON, AKHMETOV, Arg.PLACE, MOSCOW,
                Arg.DATE, date("--02-16"));
        Fact undated = fact(FactKind.VISIT, "his Moscow visit", Arg.PERSON, AKHMETOV, Arg.PLACE, MOSCOW);
        String[] gold = {"{\"fact\":\"visit\",\"person\":\"Danial Akhmetov\",\"place\":\"Moscow\"}",
            "{\"fact\":\"visit\",\"person\":\"Danial Akhmetov\",\"place\":\"Moscow\",\"date\":\"--02-16\"}"};
        assertEquals(new Score(1, 0, 1), score(List.of(dated), gold).kind(FactKind.VISIT));
        assertEquals(new Score(2, 0, 0), score(List.of(dated, undated), gold).kind(FactKind.VISIT),
                "a greedy pairing of the dated visit with the undated gold fact would lose one");
        assertEquals(new Score(1, 1, 0), score(List.of(dated, undated), gold[0]).kind(FactKind.VISIT),
                "a second extracted fact for one gold fact is a FP");
    }

    @Test
    void anExtraFactMatchingAnOptionalGoldFactStaysNeutral() {
        Entity centre = minted(EntityType.ORGANIZATION, "Center for Army Research, Conversion and Disarmament");
        Fact expert = fact(FactKind.HOLDS_POSITION, "expert Sergei Zgurets", Arg.PERSON, ZGURETS, Arg.ROLE,
                Role.Expert);
        Fact head = fact(FactKind.HOLDS_POSITION, "head of military programmes at the Center", Arg.PERSON, ZGURETS,
                Arg.ROLE, Role.OrganizationHead, Arg.OF, centre);
        Fact headOfNothing = fact(FactKind.HOLDS_POSITION, "head of military programmes", Arg.PERSON, ZGURETS,
                Arg.ROLE, Role.OrganizationHead);
        String[] gold = {"{\"fact\":\"holdsPosition\",\"person\":\"Sergei Zgurets\",\"role\":\"Expert\"}",
            "{\"fact\":\"holdsPosition\",\"person\":\"Sergei Zgurets\",\"role\":\"OrganizationHead\","
                    + "\"of\":\"Center for Army Research, Conversion and Disarmament\",\"optional\":true}"};
        assertEquals(new Score(1, 0, 0), score(List.of(head, expert), gold).kind(FactKind.HOLDS_POSITION));
        assertEquals(new Score(1, 1, 0), score(List.of(headOfNothing, expert), gold).kind(FactKind.HOLDS_POSITION),
                "the optional fact gives 'of', so a fact without it does not match it");
    }
}
