package org.newsgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IrisTest {
    @Test
    void slugsFoldCaseDiacriticsAndPunctuation() {
        assertEquals("s-300pmu-2", Iris.slug("S-300PMU-2"));
        assertEquals("cote-d-ivoire", Iris.slug("Côte d'Ivoire"));
        assertEquals("south-africa", Iris.slug("  South  Africa "));
        assertThrows(IllegalArgumentException.class, () -> Iris.slug("--"));
    }

    @Test
    void entityIrisAreStableAndTyped() {
        assertEquals("https://w3id.org/newsgraph/id/person/sergei-zgurets", Iris.entity("person", "Sergei Zgurets"));
        assertEquals(Iris.entity("person", "Sergei Zgurets"), Iris.entity("person", "sergei zgurets"));
    }

    @Test
    void cyrillicNamesAreTransliteratedAndOtherScriptsPercentEncoded() {
        assertEquals("https://w3id.org/newsgraph/id/person/sergei-shoigu", Iris.entity("person", "Сергей Шойгу"));
        assertEquals(Iris.entity("person", "Олександр Кузьмук"), Iris.entity("person", "олександр кузьмук"));
        String iri = Iris.entity("organization", "ცენტრი");
        String slug = iri.substring(iri.lastIndexOf('/') + 1);
        assertEquals(true, slug.matches("[A-Za-z0-9%._-]+"), slug);
        assertEquals("ცენტრი", java.net.URLDecoder.decode(slug, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void statementIrisDependOnArticleAndKey() {
        assertEquals(Iris.statement("a1", "k"), Iris.statement("a1", "k"));
        assertNotEquals(Iris.statement("a1", "k"), Iris.statement("a2", "k"));
        assertNotEquals(Iris.statement("a1", "k"), Iris.statement("a1", "k2"));
    }
}
