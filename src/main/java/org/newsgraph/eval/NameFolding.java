package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name comparison of the guidelines: case, diacritics, hyphens and white space are folded, so that
 * {@code "Kazakstan"}, {@code "kazakstan"} and {@code "KAZAKSTAN"} are one name, as are {@code "S-300"},
 * {@code "S 300"} and {@code "S300"}, or {@code "Côte d'Ivoire"} and {@code "Cote d'Ivoire"}.
 * Nothing else is folded: spelling variants ({@code armored}/{@code armoured}) match only through aliases.
 */
public final class NameFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** White space, dash punctuation (hyphen-minus, hyphen, en and em dashes...) and the soft hyphen. */
    private static final Pattern GAPS = Pattern.compile("[\\s\\p{Pd}\\u00AD\\u2212]+");

    private NameFolding() {}

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return GAPS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
