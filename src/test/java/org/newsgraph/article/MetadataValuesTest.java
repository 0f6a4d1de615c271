package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Language tags from front matter, HTML and feeds; found by fuzzing: a bare separator must not crash. */
class MetadataValuesTest {
    @Test
    void languageTagsBecomeIsoCodesAndJunkIsDropped() {
        assertEquals("en", MetadataValues.language("en-GB", "t"));
        assertEquals("ru", MetadataValues.language("ru_RU", "t"));
        assertEquals("tl", MetadataValues.language("fil", "t"));
        assertNull(MetadataValues.language("-", "t"));
        assertNull(MetadataValues.language("_x", "t"));
        assertNull(MetadataValues.language("klingon-ish", "t"));
    }
}
