package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.TestStores;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.nlp.KeyNormalizer;

/**
 * Runs the hand-written cases of {@code src/test/resources/extract/cases/<lang>.txt} through the real pipeline
 * (ontology, reference data and lexicons of the project): each case lists facts that must and must not come out.
 */
class ExtractionCasesTest {
    /** One case: text and expectation lines. */
    record Case(String lang, int line, String text, List<String> expect) {}

    @TestFactory
    Stream<DynamicTest> cases() throws URISyntaxException, IOException {
        Path dir = Path.of(getClass().getResource("/extract/cases").toURI());
        List<Case> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.addAll(parse(f));
            }
        }
        assertTrue(all.size() >= 24, "expected the case files to hold cases, found " + all.size());
        return all.stream().map(c -> DynamicTest.dynamicTest(c.lang() + ":" + c.line() + " " + shorten(c.text()), () -> check(c)));
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    static List<Case> parse(Path f) {
        String lang = f.getFileName().toString().replace(".txt", "");
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> expect = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i).strip() : "";
            if (l.startsWith("#")) {
                continue;
            }
            if (l.isEmpty()) {
                if (text.length() > 0) {
                    out.add(new Case(lang, start, text.toString().strip(), List.copyOf(expect)));
                }
                text.setLength(0);
                expect.clear();
            } else if (l.startsWith("+ ") || l.startsWith("- ") || l.startsWith("= ")) {
                expect.add(l);
            } else {
                if (text.length() == 0) {
                    start = i + 1;
                }
                text.append(l).append(' ');
            }
        }
        return out;
    }

    static void check(Case c) {
        Article a = new Article("case", c.text(), new ArticleMetadata(null, null, null, null, c.lang()), "case");
        Extraction x = TestStores.pipeline().run(a);
        for (String e : c.expect()) {
            if (e.equals("= none")) {
                assertTrue(x.relations().isEmpty(), () -> "expected no relations from: " + c.text() + "\ngot " + describe(x.relations()));
                continue;
            }
            boolean want = e.startsWith("+");
            String[] head = e.substring(2).split(" ", 2);
            FactKind kind = FactKind.ofGoldName(head[0]).orElseThrow(() -> new AssertionError("unknown kind in " + e));
            String[] parts = head[1].split("\\|");
            boolean found = x.facts().stream().anyMatch(f -> f.kind() == kind && fits(f, parts));
            assertTrue(found == want, () -> (want ? "missing " : "unexpected ") + e + "\nfrom: " + c.text()
                    + "\nextracted: " + describe(x.facts()));
        }
    }

    private static boolean fits(Fact f, String[] parts) {
        List<Arg> positional = f.kind() == FactKind.MENTION ? List.of(Arg.ENTITY) : f.kind().required();
        int p = 0;
        for (String raw : parts) {
            String s = raw.strip();
            if (s.contains("=") && !s.startsWith("=")) {
                String key = s.substring(0, s.indexOf('='));
                String val = s.substring(s.indexOf('=') + 1);
                Arg arg = List.of(Arg.values()).stream().filter(x -> x.goldKey().equals(key)).findFirst().orElseThrow();
                if (!named(f.args().get(arg), val)) {
                    return false;
                }
            } else if (f.kind() == FactKind.MENTION && p == 1) {
                if (!f.entity(Arg.ENTITY).type().localName().equals(s)) {
                    return false;
                }
            } else {
                if (p >= positional.size() || !named(f.args().get(positional.get(p)), s)) {
                    if (!(f.kind().symmetric() && p < 2 && named(f.args().get(positional.get(1 - p)), s))) {
                        return false;
                    }
                }
                p++;
            }
        }
        return true;
    }

    /** True when the value is named so: by its English label, any reference name, or its literal form. */
    static boolean named(Value v, String name) {
        if (v == null) {
            return false;
        }
        if (!(v instanceof Entity e)) {
            return v.goldValue().equals(name);
        }
        String want = KeyNormalizer.fold(name.replaceAll("[\\s-]+", " "));
        List<String> names = new ArrayList<>(List.of(e.label()));
        TestStores.pipeline().knowledgeBase().all().stream().filter(n -> n.entity().iri().equals(e.iri()))
                .forEach(n -> {
                    names.addAll(n.preferred());
                    names.addAll(n.aliases());
                });
        return names.stream().anyMatch(n -> KeyNormalizer.fold(n.replaceAll("[\\s-]+", " ")).equals(want));
    }

    private static String describe(List<Fact> facts) {
        StringBuilder b = new StringBuilder();
        for (Fact f : facts) {
            b.append("\n  ").append(f.kind().goldName());
            for (Map.Entry<Arg, Value> a : f.args().entrySet()) {
                b.append(' ').append(a.getKey().goldKey()).append('=').append(a.getValue().goldValue());
            }
            b.append("  [").append(f.evidence().rule()).append(']');
        }
        return b.toString();
    }
}
