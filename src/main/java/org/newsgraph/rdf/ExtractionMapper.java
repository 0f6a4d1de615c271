package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Value;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/**
 * Maps one article's extraction to RDF, all in the article's named graph (its IRI): the article itself, one
 * statement resource per fact with arguments and provenance, the direct triple of each fact, and the types and
 * labels of entities that are not in the reference knowledge base. Emits each quad once; the caller chooses the
 * destination (a TDB2 dataset, a writer, a test graph).
 */
public final class ExtractionMapper {
    private ExtractionMapper() {}

    /**
     * Writes the article's graph.
     *
     * @param pipelineHash fingerprint of the ontology and rules that produced it, or null
     * @param ingestedAt   when it was stored, or null (for {@code extract}, whose output must be reproducible)
     */
    public static void write(Extraction x, String pipelineHash, Instant ingestedAt, StreamRDF out) {
        Article a = x.text().article();
        Node g = uri(Iris.article(a.id()));
        Emitter e = new Emitter(g, out);
        writeArticle(e, x, pipelineHash, ingestedAt);
        Map<String, Set<String>> minted = new LinkedHashMap<>();
        for (Fact f : x.facts()) {
            writeFact(e, g, a.id(), f);
            for (Value v : f.args().values()) {
                if (v instanceof Entity ent && !ent.reference()) {
                    minted.computeIfAbsent(ent.iri(), k -> new LinkedHashSet<>());
                    e.type(ent);
                    if (f.kind() == FactKind.MENTION) {
                        minted.get(ent.iri()).add(f.evidence().text());
                    }
                }
            }
        }
        String lang = x.text().language();
        for (Fact f : x.facts()) {
            for (Value v : f.args().values()) {
                if (v instanceof Entity ent && !ent.reference()) {
                    e.add(uri(ent.iri()), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(ent.label(), lang));
                    for (String alias : minted.get(ent.iri())) {
                        if (!alias.equals(ent.label())) {
                            e.add(uri(ent.iri()), SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, lang));
                        }
                    }
                }
            }
        }
    }

    private static void writeArticle(Emitter e, Extraction x, String pipelineHash, Instant ingestedAt) {
        Article a = x.text().article();
        Node s = e.graph;
        ArticleMetadata m = a.metadata();
        e.add(s, RDF.type.asNode(), NG.NewsArticle);
        e.add(s, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(a.id()));
        e.add(s, DCTerms.language.asNode(), NodeFactory.createLiteralString(x.text().language()));
        e.add(s, NG.text, NodeFactory.createLiteralString(a.text()));
        e.add(s, NG.contentHash, NodeFactory.createLiteralString(a.contentHash()));
        e.add(s, NG.leadHash, NodeFactory.createLiteralString(Article.leadHash(a.text())));
        e.add(s, NG.sentenceCount, integer(x.text().sentences().size()));
        if (m.title() != null) {
            e.add(s, DCTerms.title.asNode(), NodeFactory.createLiteralString(m.title()));
        }
        if (m.date() != null) {
            e.add(s, DCTerms.date.asNode(), Dates.literal(m.date()));
        }
        if (m.publisher() != null) {
            e.add(s, DCTerms.publisher.asNode(), NodeFactory.createLiteralString(m.publisher()));
        }
        if (m.author() != null) {
            e.add(s, DCTerms.creator.asNode(), NodeFactory.createLiteralString(m.author()));
        }
        if (m.url() != null) {
            e.add(s, DCTerms.source.asNode(), uri(m.url()));
        }
        if (pipelineHash != null) {
            e.add(s, NG.pipelineHash, NodeFactory.createLiteralString(pipelineHash));
        }
        if (ingestedAt != null) {
            e.add(s, NG.ingestedAt, NodeFactory.createLiteralDT(ingestedAt.toString(), XSDDatatype.XSDdateTime));
        }
    }

    private static void writeFact(Emitter e, Node article, String articleId, Fact f) {
        Evidence ev = f.evidence();
        String key = f.canonicalKey();
        Node st = uri(Iris.statement(articleId, key + "@" + ev.span().start() + "-" + ev.span().end() + "#" + ev.rule()));
        FactKind k = f.kind();
        e.add(st, RDF.type.asNode(), NG.of(k.statementClass()));
        for (Map.Entry<Arg, Value> arg : f.args().entrySet()) {
            e.add(st, NG.of(arg.getKey().property()), node(arg.getValue()));
        }
        e.add(st, NG.sourceArticle, article);
        e.add(st, NG.sentenceIndex, integer(ev.sentence()));
        e.add(st, NG.startOffset, integer(ev.span().start()));
        e.add(st, NG.endOffset, integer(ev.span().end()));
        e.add(st, NG.evidence, NodeFactory.createLiteralString(ev.text()));
        e.add(st, NG.extractionRule, NodeFactory.createLiteralString(ev.rule()));
        e.add(st, NG.confidence, NodeFactory.createLiteralDT(decimal(ev.confidence()), XSDDatatype.XSDdecimal));
        e.add(st, NG.fact, uri(Iris.fact(key)));
        Node direct = NG.of(k.directProperty());
        Node subj = k.subject() == null ? article : node(f.args().get(k.subject()));
        Node obj = k.object() == null ? article : node(f.args().get(k.object()));
        e.add(subj, direct, obj);
    }

    static Node node(Value v) {
        if (v instanceof Entity ent) {
            return uri(ent.iri());
        }
        if (v instanceof Role r) {
            return uri(r.iri());
        }
        Literal l = (Literal) v;
        return NodeFactory.createLiteralDT(l.lexical(), org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(l.datatype()));
    }

    /**
     * The canonical xsd:decimal form ({@code 0.95}, {@code 1.0}), rounded to three places. TDB2 stores decimals as
     * values, so writing the canonical form keeps the stored term equal to the written one.
     */
    static String decimal(double d) {
        String s = BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Emits quads of one graph once each. */
    private static final class Emitter {
        final Node graph;
        final StreamRDF out;
        final Set<Quad> seen = new HashSet<>();

        Emitter(Node graph, StreamRDF out) {
            this.graph = graph;
            this.out = out;
        }

        void add(Node s, Node p, Node o) {
            Quad q = Quad.create(graph, s, p, o);
            if (seen.add(q)) {
                out.quad(q);
            }
        }

        void type(Entity ent) {
            add(uri(ent.iri()), RDF.type.asNode(), uri(ent.type().classIri()));
        }
    }
}
