package org.newsgraph.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.ParseErrorCollector;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.newsgraph.Isomorphism;
import org.newsgraph.TestStores;
import org.newsgraph.article.Article;
import org.newsgraph.article.TextArticleReader;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.vocab.Iris;

/**
 * What {@code newsgraph extract} prints in every format, and RDF/XML written by Jena, parsed back by RDF4J Rio and
 * compared graph by graph (isomorphism) with the article's RDF as Jena holds it.
 */
class RioRoundTripTest {
    static final Path ARTICLE = TestStores.seeds().resolve("000_64255a36b834ab02.txt");

    @Test
    void everyExtractFormatReadsBackInRdf4jAsTheSameDataset() {
        DatasetGraph jena = jenaDataset(ARTICLE);
        assertTrue(jena.getGraph(articleGraph(ARTICLE)).size() > 500, "the seed article should give a large graph");
        for (String[] f : new String[][] {{"trig", "TRIG"}, {"nquads", "NQUADS"}, {"jsonld", "JSONLD"}}) {
            String out = extract(ARTICLE, f[0]);
            DatasetGraph rdf4j = RioConversion.toJena(parse(out, format(f[1])));
            assertEquals(jena.stream().count(), rdf4j.stream().count(), f[0] + ": quads read by RDF4J");
            assertTrue(Isomorphism.isomorphic(jena, rdf4j), f[0] + ": RDF4J's dataset differs from Jena's");
        }
    }

    @Test
    void turtleOfTheArticleGraphReadsBackInRdf4jAsTheSameGraph() {
        Graph jena = jenaDataset(ARTICLE).getGraph(articleGraph(ARTICLE));
        Graph rdf4j = RioConversion.toJena(parse(extract(ARTICLE, "turtle"), RDFFormat.TURTLE)).getDefaultGraph();
        assertEquals(jena.size(), rdf4j.size());
        assertTrue(jena.isIsomorphicWith(rdf4j), "turtle: RDF4J's graph differs from Jena's");
    }

    @Test
    void rdfXmlWrittenByJenaReadsBackInRdf4jAsTheSameGraph() {
        for (Path p : List.of(ARTICLE, TestStores.seeds().resolve("001_8ffcc6664766d8cb.txt"))) {
            Graph jena = jenaDataset(p).getGraph(articleGraph(p));
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            RDFDataMgr.write(xml, jena, Lang.RDFXML);
            Graph rdf4j = RioConversion.toJena(parse(xml.toString(StandardCharsets.UTF_8), RDFFormat.RDFXML)).getDefaultGraph();
            assertEquals(jena.size(), rdf4j.size(), p + ": triples read by RDF4J from RDF/XML");
            assertTrue(jena.isIsomorphicWith(rdf4j), p + ": RDF/XML read by RDF4J differs from Jena's graph");
        }
    }

    static Node articleGraph(Path article) {
        return NodeFactory.createURI(Iris.article(TextArticleReader.idOf(article)));
    }

    /** The article's RDF as Jena holds it: the pipeline's output on a stream into an in-memory dataset. */
    static DatasetGraph jenaDataset(Path article) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Article a : new TextArticleReader(5 << 20).read(article)) {
            ExtractionMapper.write(TestStores.pipeline().run(a), TestStores.pipeline().fingerprint(), null, StreamRDFLib.dataset(dsg));
        }
        return dsg;
    }

    static RDFFormat format(String name) {
        return switch (name) {
            case "TRIG" -> RDFFormat.TRIG;
            case "NQUADS" -> RDFFormat.NQUADS;
            default -> RDFFormat.JSONLD;
        };
    }

    static List<Statement> parse(String text, RDFFormat format) {
        RDFParser parser = Rio.createParser(format);
        List<Statement> statements = new ArrayList<>();
        ParseErrorCollector errors = new ParseErrorCollector();
        parser.setRDFHandler(new StatementCollector(statements));
        parser.setParseErrorListener(errors);
        try {
            parser.parse(new StringReader(text), "https://w3id.org/newsgraph/");
        } catch (Exception e) {
            throw new AssertionError(format.getName() + " rejected by RDF4J: " + e.getMessage() + "\n" + errors.getErrors()
                    + errors.getFatalErrors(), e);
        }
        assertEquals(List.of(), errors.getErrors(), format.getName() + ": errors reported by RDF4J");
        assertEquals(List.of(), errors.getFatalErrors(), format.getName() + ": fatal errors reported by RDF4J");
        return statements;
    }

    /** Runs {@code newsgraph extract FILE --format F} and returns what it printed. */
    static String extract(Path article, String format) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run("extract", article.toString(), "--format", format));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
