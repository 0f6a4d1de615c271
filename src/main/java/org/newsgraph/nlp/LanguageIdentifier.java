package org.newsgraph.nlp;

import java.util.List;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Detects an article's language with OpenNLP's language detector, restricted to the languages that have a
 * profile. When the detector's best guess has no profile, the profiled language it ranks highest is taken if
 * it is still plausible; otherwise the language is unknown.
 */
public final class LanguageIdentifier {
    private static final double MIN_CONFIDENCE = 0.02;
    private final LanguageDetectorME detector;
    private final List<LanguageProfile> profiles;

    public LanguageIdentifier(List<LanguageProfile> profiles) {
        this.detector = new LanguageDetectorME(Models.languageDetector());
        this.profiles = List.copyOf(profiles);
    }

    /** The profile of the text's language, if it is one NewsGraph has a profile for. */
    public Optional<LanguageProfile> identify(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        Language[] ranked = detector.predictLanguages(sample);
        for (int i = 0; i < ranked.length && i < 5; i++) {
            Language l = ranked[i];
            Optional<LanguageProfile> p = profiles.stream().filter(x -> x.detectorCode().equals(l.getLang())).findFirst();
            if (p.isPresent() && (i == 0 || l.getConfidence() >= MIN_CONFIDENCE)) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The detector's best guess as an ISO 639-3 code, for messages. */
    public String bestGuess(String text) {
        return detector.predictLanguage(text.length() > 20_000 ? text.substring(0, 20_000) : text).getLang();
    }
}
