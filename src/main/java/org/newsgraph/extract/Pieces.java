package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.KeyNormalizer;
import org.newsgraph.nlp.Span;

/**
 * Splits text into word pieces, the unit names are matched on: maximal runs of letters and digits. Hyphens,
 * apostrophes, dots and white space all separate pieces, so {@code S-300PS}, {@code S 300PS} and
 * {@code Kazakstan’s} split the same way in a label and in a text, whatever the tokenizer did.
 */
public final class Pieces {
    /** One piece: where it is, its surface form, its match key and its second key (see KeyNormalizer.altKey). */
    public record Piece(Span span, String surface, String key, String alt) {
        /** True when either of the piece's keys is this key. */
        public boolean matches(String k) {
            return key.equals(k) || alt.equals(k);
        }
    }

    private Pieces() {}

    public static List<Piece> of(String text, Span within, KeyNormalizer keys) {
        List<Piece> out = new ArrayList<>();
        int i = within.start();
        int end = within.end();
        while (i < end) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            while (i < end && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String surface = text.substring(s, i);
            out.add(new Piece(new Span(s, i), surface, keys.key(surface), keys.altKey(surface)));
        }
        return out;
    }

    public static List<Piece> of(String text, KeyNormalizer keys) {
        return of(text, new Span(0, text.length()), keys);
    }
}
