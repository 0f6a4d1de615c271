package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/** Tokenisation with an OpenNLP model ({@link TokenizerME}); offsets shifted to the article text. */
public final class OpenNlpTokenizer implements Tokenizer {
    private final TokenizerME tokenizer;

    public OpenNlpTokenizer(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    @Override
    public List<Span> tokenize(String text, Span sentence) {
        String s = sentence.of(text);
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span t : tokenizer.tokenizePos(s)) {
            out.add(new Span(sentence.start() + t.getStart(), sentence.start() + t.getEnd()));
        }
        return out;
    }
}
