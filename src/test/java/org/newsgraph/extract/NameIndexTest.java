package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.KeyNormalizer;
import org.newsgraph.nlp.LanguageProfile;
import org.newsgraph.nlp.Span;

class NameIndexTest {
    static KnowledgeBase kb;
    static NameIndex index;
    static KeyNormalizer keys;

    @BeforeAll
    static void load() throws URISyntaxException {
        Path f = Path.of(NameIndexTest.class.getResource("/extract/kb.ttl").toURI());
        Graph g = RDFDataMgr.loadGraph(f.toString());
        kb = KnowledgeBase.fromGraph(g);
        keys = new KeyNormalizer(List.of(new LanguageProfile("ru", "Russian", "rus", Character.UnicodeScript.CYRILLIC,
                null, null, null, "RUSSIAN", Set.of())));
        index = MentionFinder.index(kb, keys);
    }

    private static List<String> found(String text) {
        return index.find(text, new Span(0, text.length()), keys).stream()
                .map(m -> m.span().of(text) + "=" + m.name().entity().iri().replaceAll(".*/id/", "")).toList();
    }

    @Test
    void typesFollowTheClassHierarchyToTheNearestTopClass() {
        assertEquals(EntityType.INTERNATIONAL_ORGANIZATION,
                kb.get("https://w3id.org/newsgraph/id/intorg/csto").orElseThrow().type());
        assertEquals(EntityType.PLACE, kb.get("https://w3id.org/newsgraph/id/place/moscow").orElseThrow().type());
        assertEquals(EntityType.EQUIPMENT, kb.get("https://w3id.org/newsgraph/id/equipment/radar").orElseThrow().type());
        assertEquals("Russia", kb.stateOfCapital(kb.get("https://w3id.org/newsgraph/id/place/moscow").orElseThrow())
                .orElseThrow().label());
    }

    @Test
    void longestNameWins() {
        assertEquals(List.of("S-300PMU-2=equipment/s-300pmu-2", "S-300=equipment/s-300"),
                found("Kiev offered S-300PMU-2 batteries, not the older S-300."));
    }

    @Test
    void hyphensSpacesAndPossessivesDoNotMatter() {
        assertEquals(List.of("S 300=equipment/s-300", "Russia=state/russia"), found("The S 300 of Russia’s army."));
    }

    @Test
    void acronymsMustKeepTheirCapitalsAndNamesTheirInitialCapital() {
        assertEquals(List.of(), found("Let us roast a turkey."));
        assertEquals(List.of("US=state/united-states", "Turkey=state/turkey"), found("The US and Turkey agreed."));
    }

    @Test
    void commonNounsMatchInAnyCaseAndInThePlural() {
        assertEquals(List.of("Radars=equipment/radar", "armoured personnel carriers=equipment/armoured-personnel-carrier"),
                found("Radars and armoured personnel carriers arrived."));
    }

    @Test
    void russianCaseFormsMatchTheStemmedName() {
        assertEquals(List.of("России=state/russia", "ОДКБ=intorg/csto", "С-300=equipment/s-300"),
                found("Поставки из России в страны ОДКБ систем С-300."));
        assertEquals(List.of("Россией=state/russia", "Москвой=place/moscow"), found("между Россией и Москвой"));
    }

    @Test
    void demonymsAreIndexedAsDemonyms() {
        var m = index.find("Russian arms", new Span(0, 12), keys);
        assertEquals(1, m.size());
        assertEquals(NameIndex.Kind.DEMONYM, m.get(0).name().kind());
        assertTrue(found("российские поставки").contains("российские=state/russia"));
    }
}
