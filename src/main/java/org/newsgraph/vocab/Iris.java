package org.newsgraph.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Mints every IRI NewsGraph writes. IRIs depend only on their inputs, so the same entity, article or
 * statement gets the same IRI in every run and on every machine.
 *
 * <pre>
 *   entity     https://w3id.org/newsgraph/id/{kind}/{slug}        e.g. id/state/kazakhstan
 *   article    https://w3id.org/newsgraph/article/{articleId}     (also the name of the article's graph)
 *   statement  https://w3id.org/newsgraph/statement/{articleId}/{hash}
 *   fact       https://w3id.org/newsgraph/fact/{hash}
 *   graph      https://w3id.org/newsgraph/graph/{name}
 * </pre>
 */
public final class Iris {
    /** The base of every NewsGraph IRI. */
    public static final String BASE = "https://w3id.org/newsgraph/";
    public static final String ENTITY = BASE + "id/";
    public static final String ARTICLE = BASE + "article/";
    public static final String STATEMENT = BASE + "statement/";
    public static final String FACT = BASE + "fact/";
    public static final String GRAPH = BASE + "graph/";

    /** Named graph of the reference entities. */
    public static final String REFERENCE_GRAPH = GRAPH + "reference";
    /** Named graph of the reference memberships (kept apart from extracted facts). */
    public static final String REFERENCE_MEMBERSHIPS_GRAPH = GRAPH + "reference/memberships";
    /** Named graph of the ontology. */
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /** Named graph holding the cross-article support counts of facts. */
    public static final String SUPPORT_GRAPH = GRAPH + "support";

    private Iris() {}

    /** The IRI of an entity of the given kind ({@code state}, {@code person}, ...) named by its English label. */
    public static String entity(String kind, String englishLabel) {
        return ENTITY + kind + "/" + slug(englishLabel);
    }

    public static String article(String articleId) {
        return ARTICLE + encodeSegment(articleId);
    }

    /** A statement of one article, identified by the article and a key that describes the fact and its place. */
    public static String statement(String articleId, String key) {
        return STATEMENT + encodeSegment(articleId) + "/" + hash(key, 16);
    }

    /** The article-independent identity of a fact, from a canonical key of its kind and arguments. */
    public static String fact(String canonicalKey) {
        return FACT + hash(canonicalKey, 20);
    }

    /**
     * The slug of a label: lower case, Cyrillic transliterated, diacritics stripped, every run of other characters
     * than letters and digits replaced by one hyphen. Other scripts keep their letters (percent-encoded).
     */
    public static String slug(String label) {
        String s = transliterate(label.toLowerCase(Locale.ROOT));
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("cannot make an IRI slug from label '" + label + "'");
        }
        return encodeSegment(s);
    }

    private static final String[] CYRILLIC = {
        "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z", "и", "i", "й", "i",
        "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f",
        "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu",
        "я", "ya", "є", "ye", "і", "i", "ї", "yi", "ґ", "g", "ў", "u", "қ", "k", "ғ", "g", "ң", "n", "ө", "o", "ұ", "u",
        "ү", "u", "һ", "h", "ә", "a"};

    /** Lower-case Cyrillic to Latin (a simple BGN/PCGN-like scheme), so IRIs of Russian names stay readable. */
    static String transliterate(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            String c = String.valueOf(lower.charAt(i));
            String r = null;
            for (int j = 0; j < CYRILLIC.length; j += 2) {
                if (CYRILLIC[j].equals(c)) {
                    r = CYRILLIC[j + 1];
                    break;
                }
            }
            b.append(r != null ? r : c);
        }
        return b.toString();
    }

    private static String encodeSegment(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    /** Hex SHA-256 of a string, cut to {@code length} characters. */
    public static String hash(String s, int length) {
        return sha256(s).substring(0, length);
    }

    public static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
