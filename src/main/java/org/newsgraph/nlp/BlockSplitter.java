package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into blocks that no sentence crosses: paragraphs separated by blank lines, and lines that are
 * complete on their own (a headline, a paragraph per line). A single line break inside running text (a line
 * ending in a lower-case letter or comma followed by one starting in lower case) does not split.
 */
public final class BlockSplitter {
    private BlockSplitter() {}

    public static List<Span> blocks(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            if (!joins(text, start, i)) {
                add(out, text, start, i);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean joins(String text, int lineStart, int newline) {
        int p = newline - 1;
        while (p >= lineStart && (text.charAt(p) == '\r' || text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        int q = newline + 1;
        while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
            q++;
        }
        if (p < lineStart || q >= text.length()) {
            return false;
        }
        char last = text.charAt(p);
        char next = text.charAt(q);
        boolean openEnd = Character.isLowerCase(last) || last == ',' || last == ';' || last == '-';
        return openEnd && (Character.isLowerCase(next) || Character.isDigit(next));
    }

    private static void add(List<Span> out, String text, int s, int e) {
        Span t = RuleSentenceSplitter.trim(text, s, e);
        if (t.length() > 0) {
            out.add(t);
        }
    }
}
