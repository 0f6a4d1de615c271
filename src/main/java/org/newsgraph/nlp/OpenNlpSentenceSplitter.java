package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/** Sentence detection with an OpenNLP model ({@link SentenceDetectorME}); offsets shifted to the article text. */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    private final SentenceDetectorME detector;

    public OpenNlpSentenceSplitter(SentenceModel model) {
        this.detector = new SentenceDetectorME(model);
    }

    @Override
    public List<Span> split(String text, Span within) {
        String block = within.of(text);
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : detector.sentPosDetect(block)) {
            Span t = RuleSentenceSplitter.trim(text, within.start() + s.getStart(), within.start() + s.getEnd());
            if (t.length() > 0) {
                out.add(t);
            }
        }
        return out;
    }
}
