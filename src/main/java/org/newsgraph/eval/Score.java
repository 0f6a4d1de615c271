package org.newsgraph.eval;

/**
 * True positives, false positives and false negatives, with the measures they give. A measure with nothing to
 * measure (precision with nothing extracted, recall with nothing in gold) is {@code NaN}; F1 is
 * {@code 2TP / (2TP + FP + FN)}, the harmonic mean of precision and recall, and 0 where TP is 0 but something was
 * extracted or expected.
 */
public record Score(int tp, int fp, int fn) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must be >= 0: " + tp + "/" + fp + "/" + fn);
        }
    }

    public Score plus(Score o) {
        return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    }

    public double f1() {
        return isEmpty() ? Double.NaN : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Nothing extracted and nothing expected. */
    public boolean isEmpty() {
        return tp + fp + fn == 0;
    }
}
