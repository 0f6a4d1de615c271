package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: one article's RDF to stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts one article and prints its RDF (its named graph) to stdout; no store is used.")
final class ExtractCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { trig, nquads, turtle, jsonld }

    @Mixin
    StoreOptions storeOptions;
    @Mixin
    IngestOptions ingestOptions;
    @Parameters(paramLabel = "FILE", description = "The article file.")
    Path file;
    @Option(names = "--format", defaultValue = "trig",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    org.newsgraph.article.ArticleFormat inputFormat;

    @Override
    public Integer call() {
        Settings base = Settings.of(storeOptions, ingestOptions);
        Settings s = new Settings(base.store(), base.ontology(), base.maxBytes(), base.language(), inputFormat, base.fields());
        List<Article> articles = ArticleReaders.of(s).read(file);
        Pipeline pipeline = Pipeline.load(s.ontology());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Article a : articles) {
            Extraction x = pipeline.run(a);
            ExtractionMapper.write(x, pipeline.fingerprint(), null, StreamRDFLib.dataset(dsg));
        }
        dsg.prefixes().putAll(Prefixes.standard());
        switch (format) {
            case trig -> RDFDataMgr.write(System.out, dsg, RDFFormat.TRIG_BLOCKS);
            case nquads -> RDFDataMgr.write(System.out, dsg, Lang.NQUADS);
            case jsonld -> RDFDataMgr.write(System.out, dsg, RDFFormat.JSONLD11);
            case turtle -> {
                var g = dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(Iris.article(articles.get(0).id())));
                g.getPrefixMapping().setNsPrefixes(Prefixes.standard());
                RDFDataMgr.write(System.out, g, RDFFormat.TURTLE_BLOCKS);
            }
            default -> throw new IllegalStateException(format.name().toLowerCase(Locale.ROOT));
        }
        System.out.flush();
        return 0;
    }
}
