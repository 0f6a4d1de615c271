package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule-based tokenizer: words of letters and digits (keeping inner hyphens and apostrophes, so that
 * {@code S-300PMU-2}, {@code Су-30СМ} and {@code pagtatanggol} stay whole) and single punctuation marks.
 */
public final class RuleTokenizer implements Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|\\S");

    @Override
    public List<Span> tokenize(String text, Span sentence) {
        List<Span> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }
}
