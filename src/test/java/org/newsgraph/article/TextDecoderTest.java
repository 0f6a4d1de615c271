package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Министр обороны заявил: «С-300 остаются в строю».";

    private static byte[] withBom(byte[] bom, String s, Charset cs) {
        byte[] body = s.getBytes(cs);
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void decodesUtf8WithAndWithoutBom() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt"));
        assertEquals(TEXT, TextDecoder.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT,
                StandardCharsets.UTF_8), "a.txt"));
    }

    @Test
    void decodesUtf16WithBom() {
        assertEquals(TEXT, TextDecoder.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT,
                StandardCharsets.UTF_16LE), "a.txt"));
        assertEquals(TEXT, TextDecoder.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT,
                StandardCharsets.UTF_16BE), "a.txt"));
    }

    @Test
    void reportsOtherEncodingsWithFileAndOffset() {
        byte[] cp1251 = "Минобороны".getBytes(Charset.forName("windows-1251"));
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(cp1251, "ru.txt"));
        assertTrue(e.getMessage().startsWith("ru.txt: not valid UTF-8 near byte 0"), e.getMessage());
    }

    @Test
    void rejectsEmptyAndBinaryFiles() {
        assertTrue(assertThrows(InputException.class, () -> TextDecoder.decode(new byte[0], "e.txt"))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(InputException.class, () -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0}, "b.txt"))
                .getMessage().contains("binary"));
    }
}
