package org.newsgraph.eval;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.Locale;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;

/** Prints an {@link EvalReport}: a fixed-width table for people, or JSON for machines. */
public final class ReportWriter {
    private static final String ROW = "%-22s %5s %5s %5s %9s %7s %6s%n";

    private ReportWriter() {}

    /** The table; with {@code details}, each article's missed (FN) and spurious (FP) facts after it. */
    public static void table(EvalReport r, boolean details, PrintStream out) {
        out.printf(ROW, "fact kind", "TP", "FP", "FN", "precision", "recall", "F1");
        for (FactKind k : FactKind.values()) {
            if (k == FactKind.MENTION) {
                continue;
            }
            row(out, k.goldName(), r.kind(k));
        }
        row(out, "relational (micro)", r.relational());
        row(out, "mention", r.mention());
        out.println();
        out.printf(ROW, "language", "TP", "FP", "FN", "precision", "recall", "F1");
        for (String lang : r.languages()) {
            row(out, lang + " relational", r.relational(lang));
            row(out, lang + " mention", r.mention(lang));
        }
        out.println();
        StringBuilder langs = new StringBuilder();
        for (String lang : r.languages()) {
            langs.append(langs.length() == 0 ? "" : ", ").append(lang).append(' ').append(r.articleCount(lang));
        }
        out.printf("articles: %d scored (%s), %d without gold%n", r.articles().size(), langs, r.unscored().size());
        for (EvalReport.Unscored u : r.unscored()) {
            out.printf("  not scored: %s (%s): %s%n", u.id(), u.source(), u.reason());
        }
        if (details) {
            for (ArticleScore a : r.articles()) {
                out.printf("%n%s [%s]%n", a.id(), a.language());
                a.missed().forEach(g -> out.printf("  FN %s   (%s)%n", g.describe(), g.where()));
                a.spurious().forEach(f -> out.printf("  FP %s%n", GoldMapper.toDump(f)));
            }
        }
    }

    private static void row(PrintStream out, String name, Score s) {
        out.printf(ROW, name, s.tp(), s.fp(), s.fn(), num(s.precision()), num(s.recall()), num(s.f1()));
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }

    /** The whole report as JSON: totals, kinds, languages, articles (with missed and spurious facts), unscored. */
    public static String json(EvalReport r) {
        JsonObject o = new JsonObject();
        o.add("relational", score(r.relational()));
        o.add("mention", score(r.mention()));
        JsonObject kinds = new JsonObject();
        for (FactKind k : FactKind.values()) {
            kinds.add(k.goldName(), score(r.kind(k)));
        }
        o.add("kinds", kinds);
        JsonObject langs = new JsonObject();
        for (String lang : r.languages()) {
            JsonObject l = new JsonObject();
            l.addProperty("articles", r.articleCount(lang));
            l.add("relational", score(r.relational(lang)));
            l.add("mention", score(r.mention(lang)));
            JsonObject lk = new JsonObject();
            for (FactKind k : FactKind.values()) {
                lk.add(k.goldName(), score(r.kind(k, lang)));
            }
            l.add("kinds", lk);
            langs.add(lang, l);
        }
        o.add("languages", langs);
        JsonArray arts = new JsonArray();
        for (ArticleScore a : r.articles()) {
            JsonObject j = new JsonObject();
            j.addProperty("id", a.id());
            j.addProperty("language", a.language());
            j.add("relational", score(a.relational()));
            j.add("mention", score(a.mention()));
            JsonArray missed = new JsonArray();
            a.missed().forEach(g -> missed.add(g.describe() + " (" + g.where() + ")"));
            j.add("missed", missed);
            JsonArray spurious = new JsonArray();
            for (Fact f : a.spurious()) {
                spurious.add(GoldMapper.toDump(f));
            }
            j.add("spurious", spurious);
            arts.add(j);
        }
        o.add("articles", arts);
        JsonArray un = new JsonArray();
        for (EvalReport.Unscored u : r.unscored()) {
            JsonObject j = new JsonObject();
            j.addProperty("id", u.id());
            j.addProperty("source", u.source());
            j.addProperty("reason", u.reason());
            un.add(j);
        }
        o.add("unscored", un);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
                .create().toJson(o);
    }

    private static JsonObject score(Score s) {
        JsonObject o = new JsonObject();
        o.addProperty("tp", s.tp());
        o.addProperty("fp", s.fp());
        o.addProperty("fn", s.fn());
        o.add("precision", measure(s.precision()));
        o.add("recall", measure(s.recall()));
        o.add("f1", measure(s.f1()));
        return o;
    }

    private static com.google.gson.JsonElement measure(double d) {
        return Double.isNaN(d) ? com.google.gson.JsonNull.INSTANCE
                : new com.google.gson.JsonPrimitive(Math.round(d * 10000) / 10000.0);
    }
}
