package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.NewsGraphException;

/**
 * Loads OpenNLP models from the class path once per JVM. Models are thread-safe and shared; the {@code *ME}
 * classes built on them are not, so each {@link TextAnalyzer} makes its own.
 */
public final class Models {
    /** The language detector model of {@code opennlp-models-langdetect}. */
    public static final String LANGDETECT = "/langdetect-183.bin";
    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private Models() {}

    public static SentenceModel sentence(String resource) {
        return load(resource, SentenceModel.class, in -> wrap(() -> new SentenceModel(in), resource));
    }

    public static TokenizerModel tokenizer(String resource) {
        return load(resource, TokenizerModel.class, in -> wrap(() -> new TokenizerModel(in), resource));
    }

    public static POSModel pos(String resource) {
        return load(resource, POSModel.class, in -> wrap(() -> new POSModel(in), resource));
    }

    public static LanguageDetectorModel languageDetector() {
        return load(LANGDETECT, LanguageDetectorModel.class, in -> wrap(() -> new LanguageDetectorModel(in), LANGDETECT));
    }

    private static <T> T load(String resource, Class<T> type, Function<InputStream, T> reader) {
        Object m = CACHE.computeIfAbsent(resource, r -> {
            try (InputStream in = Models.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new NewsGraphException("OpenNLP model " + r + " is not on the class path;"
                            + " check the model names in ontology/languages/*.properties");
                }
                return reader.apply(in);
            } catch (IOException e) {
                throw new NewsGraphException("cannot read OpenNLP model " + r + ": " + e.getMessage(), e);
            }
        });
        return type.cast(m);
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T wrap(IoSupplier<T> s, String resource) {
        try {
            return s.get();
        } catch (IOException e) {
            throw new NewsGraphException("cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
