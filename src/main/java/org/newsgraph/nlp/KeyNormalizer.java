package org.newsgraph.nlp;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.stemmer.Stemmer;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns a word into the key used for matching names and triggers: case and diacritics folded, and for a script
 * whose language profile names a stemmer (Russian: Snowball), stemmed, so that {@code России}, {@code Россией}
 * and {@code Россия} share one key. Not thread-safe (the stemmers are not).
 */
public final class KeyNormalizer {
    /** Words shorter than this are not stemmed: stems of short names collide with ordinary words. */
    static final int MIN_STEM_LENGTH = 4;
    /** Compiled once: String.replaceAll compiled it on every non-ASCII word (30% of Russian rule matching, JFR). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private final Map<Character.UnicodeScript, Stemmer> stemmers = new EnumMap<>(Character.UnicodeScript.class);
    private final Map<Character.UnicodeScript, List<String>> endings = new EnumMap<>(Character.UnicodeScript.class);
    /**
     * Keys of words seen lately: news repeats its words (names, triggers, function words), and every word is keyed
     * once per token and again per word piece; folding and stemming were a fifth of rule matching (JFR). Bounded:
     * emptied when full, so memory does not grow with the corpus.
     */
    private final Map<String, String> keys = new java.util.HashMap<>();
    private final Map<String, String> altKeys = new java.util.HashMap<>();
    private static final int CACHE_LIMIT = 1 << 14;

    public KeyNormalizer(List<LanguageProfile> profiles) {
        for (LanguageProfile p : profiles) {
            if (p.stemmer() != null) {
                stemmers.put(p.script(), new SnowballStemmer(SnowballStemmer.ALGORITHM.valueOf(p.stemmer())));
            }
            if (!p.endings().isEmpty()) {
                List<String> e = new java.util.ArrayList<>(p.endings());
                e.sort((a, b) -> Integer.compare(b.length(), a.length()));
                endings.put(p.script(), List.copyOf(e));
            }
        }
    }

    /**
     * A second key: the folded word without its longest inflectional ending from the profile's {@code endings}
     * list. Snowball is tuned for common words and treats some names unevenly ({@code Казахстан} and
     * {@code Казахстану} stem differently); matching tries both keys.
     */
    public String altKey(String word) {
        return cached(altKeys, word, this::computeAltKey);
    }

    private static String cached(Map<String, String> cache, String word, java.util.function.UnaryOperator<String> f) {
        String k = cache.get(word);
        if (k == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            k = f.apply(word);
            cache.put(word, k);
        }
        return k;
    }

    private String computeAltKey(String word) {
        String folded = fold(word);
        List<String> list = endings.get(scriptOf(folded));
        if (list == null) {
            return folded;
        }
        for (String e : list) {
            if (folded.endsWith(e) && folded.length() - e.length() >= 3) {
                return folded.substring(0, folded.length() - e.length());
            }
        }
        return folded;
    }

    /** Case- and diacritic-folded form, without stemming. */
    public static String fold(String word) {
        String s = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (isAscii(s)) {
            return s;
        }
        // keep Cyrillic й (a letter of its own, not и with a mark)
        s = s.replace('й', '\u0001');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return s.replace('\u0001', 'й');
    }

    public String key(String word) {
        return cached(keys, word, this::computeKey);
    }

    private String computeKey(String word) {
        String folded = fold(word);
        if (folded.length() < MIN_STEM_LENGTH || stemmers.isEmpty()) {
            return folded;
        }
        Stemmer stemmer = stemmers.get(scriptOf(folded));
        return stemmer == null ? folded : stemmer.stem(folded).toString();
    }

    private static Character.UnicodeScript scriptOf(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.UnicodeScript.of(cp);
            }
            i += Character.charCount(cp);
        }
        return Character.UnicodeScript.COMMON;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
