package org.newsgraph.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes article bytes: UTF-8 with or without a byte-order mark, and UTF-16 with a byte-order mark.
 * Anything else is reported with the byte offset of the first invalid sequence rather than guessed.
 */
public final class TextDecoder {
    private TextDecoder() {}

    public static String decode(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new InputException(source, FailureCategory.EMPTY, "file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3, source);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2, source);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2, source);
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new InputException(source, FailureCategory.BINARY, "looks binary (NUL byte at offset " + i
                        + "); expected text in UTF-8, or UTF-16 with a byte-order mark");
            }
        }
        return strict(StandardCharsets.UTF_8, bytes, 0, source);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(Charset cs, byte[] bytes, int offset, String source) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return dec.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new InputException(source, FailureCategory.ENCODING, "not valid " + cs.name() + " near byte " + in.position()
                    + "; NewsGraph reads UTF-8 (with or without BOM) and UTF-16 with BOM"
                    + " (convert with e.g. iconv -f WINDOWS-1251 -t UTF-8)");
        } catch (CharacterCodingException e) {
            throw new InputException(source, FailureCategory.ENCODING, "cannot decode as " + cs.name() + ": " + e.getMessage());
        }
    }
}
