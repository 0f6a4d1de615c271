package org.newsgraph.nlp;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.NewsGraphException;

/**
 * What the NLP stage needs to know about one language, read from {@code ontology/languages/<code>.properties}.
 * Model entries name OpenNLP model resources on the class path; where one is absent the rule-based
 * splitter or tokenizer is used with the listed abbreviations.
 *
 * @param code          ISO 639-1 code ({@code en})
 * @param name          English name of the language
 * @param detectorCode  the code OpenNLP's language detector reports (ISO 639-3, {@code eng})
 * @param script        the Unicode script of the language ({@code LATIN}, {@code CYRILLIC})
 * @param sentenceModel class-path resource of an OpenNLP sentence model, or null
 * @param tokenModel    class-path resource of an OpenNLP tokenizer model, or null
 * @param posModel      class-path resource of an OpenNLP POS model, or null
 * @param stemmer       OpenNLP Snowball algorithm name ({@code RUSSIAN}), or null
 * @param abbreviations words that end with a full stop without ending a sentence (lower case, no stop)
 * @param endings       inflectional endings stripped for the second match key (see {@link KeyNormalizer#altKey})
 */
public record LanguageProfile(String code, String name, String detectorCode, Character.UnicodeScript script,
                              String sentenceModel, String tokenModel, String posModel, String stemmer,
                              Set<String> abbreviations, List<String> endings) {
    public LanguageProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(script, "script");
        abbreviations = Set.copyOf(abbreviations);
        endings = List.copyOf(endings);
    }

    /** A profile without endings. */
    public LanguageProfile(String code, String name, String detectorCode, Character.UnicodeScript script,
                           String sentenceModel, String tokenModel, String posModel, String stemmer,
                           Set<String> abbreviations) {
        this(code, name, detectorCode, script, sentenceModel, tokenModel, posModel, stemmer, abbreviations, List.of());
    }

    /** Reads a profile file; the message of any problem names the file and the key. */
    public static LanguageProfile read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new NewsGraphException("cannot read language profile " + file + ": " + e.getMessage(), e);
        }
        String code = required(p, "code", file);
        String scriptName = required(p, "script", file);
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.valueOf(scriptName.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NewsGraphException(file + ": script '" + scriptName
                    + "' is not a Unicode script name (e.g. LATIN, CYRILLIC, ARABIC)");
        }
        Set<String> abbrevs = Arrays.stream(p.getProperty("abbreviations", "").split("[\\s,]+"))
                .map(s -> s.replaceAll("\\.$", "").toLowerCase(java.util.Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new LanguageProfile(code, p.getProperty("name", code), p.getProperty("detector", code), script,
                blankToNull(p.getProperty("sentence-model")), blankToNull(p.getProperty("token-model")),
                blankToNull(p.getProperty("pos-model")), blankToNull(p.getProperty("stemmer")), abbrevs,
                Arrays.stream(p.getProperty("endings", "").split("[\\s,]+")).filter(s -> !s.isEmpty()).toList());
    }

    private static String required(Properties p, String key, Path file) {
        String v = blankToNull(p.getProperty(key));
        if (v == null) {
            throw new NewsGraphException(file + ": missing required key '" + key + "'");
        }
        return v.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
