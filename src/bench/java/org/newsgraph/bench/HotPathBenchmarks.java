package org.newsgraph.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.MentionFinder;
import org.newsgraph.extract.NameIndex;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.extract.RuleExtractor;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.KeyNormalizer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnalyzer;
import org.newsgraph.rdf.ExtractionMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the hot inner pieces, per language, over 20 synthetic articles (one operation = all 20):
 * tokenising (TextAnalyzer), name matching (NameIndex), rule matching (RuleExtractor) and RDF mapping
 * (ExtractionMapper into a counting StreamRDF).
 *
 * <pre>mvn -q -Pbench -DskipTests package && java -jar target/benchmarks.jar</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmarks {
    @Param({"en", "tl", "ru"})
    public String language;

    private List<Article> articles;
    private TextAnalyzer analyzer;
    private List<AnalyzedText> analysed;
    private List<Extraction> extractions;
    private NameIndex names;
    private KeyNormalizer keys;
    private RuleExtractor rules;

    @Setup
    public void setup() {
        OntologyFiles files = OntologyFiles.locate();
        Pipeline p = Pipeline.load(files);
        articles = Workload.synthetic(language, 20, 7).stream().map(a -> new Article(a.id(), a.text(),
                new org.newsgraph.article.ArticleMetadata(null, null, null, null, language), a.source())).toList();
        analyzer = new TextAnalyzer(p.profiles());
        keys = new KeyNormalizer(p.profiles());
        names = MentionFinder.index(p.knowledgeBase(), keys);
        rules = new RuleExtractor(p.knowledgeBase(), p.profiles(), files.lexicons().stream().map(Lexicon::read).toList(),
                org.newsgraph.nlp.DateResolver.load(files));
        analysed = articles.stream().map(analyzer::analyze).toList();
        extractions = analysed.stream().map(rules::extract).toList();
    }

    @Benchmark
    public void tokenise(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(analyzer.analyze(a));
        }
    }

    @Benchmark
    public void nameMatching(Blackhole bh) {
        for (AnalyzedText t : analysed) {
            for (Sentence s : t.sentences()) {
                bh.consume(names.find(t.text(), s.span(), keys));
            }
        }
    }

    @Benchmark
    public void ruleMatching(Blackhole bh) {
        for (AnalyzedText t : analysed) {
            bh.consume(rules.extract(t));
        }
    }

    @Benchmark
    public long rdfMapping() {
        Counter c = new Counter();
        for (Extraction x : extractions) {
            ExtractionMapper.write(x, "bench", java.time.Instant.EPOCH, c);
        }
        return c.n;
    }

    /** A StreamRDF that only counts. */
    static final class Counter implements StreamRDF {
        long n;

        @Override public void start() {}
        @Override public void triple(Triple triple) { n++; }
        @Override public void quad(Quad quad) { n++; }
        @Override public void base(String base) {}
        @Override public void prefix(String prefix, String iri) {}
        @Override public void finish() {}
    }
}
