package org.newsgraph.server;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/** The representations a linked-data resource is served in: its media type, file extension and RIOT language. */
enum RdfFormat {
    TURTLE("text/turtle", "ttl", Lang.TURTLE, "Turtle"),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, "JSON-LD"),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, "RDF/XML"),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, "N-Triples"),
    HTML("text/html", "html", null, "HTML");

    /** Offered in this order: a client that accepts anything ({@code *}{@code /*}, curl) gets Turtle. */
    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(values()).map(f -> f.mediaType).toArray(String[]::new));

    final String mediaType;
    final String extension;
    final Lang lang;
    final String label;

    RdfFormat(String mediaType, String extension, Lang lang, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
        this.label = label;
    }

    static Optional<RdfFormat> byExtension(String ext) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    /** The best format for an {@code Accept} header; Turtle when there is none; empty when nothing fits (406). */
    static Optional<RdfFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException e) {
            return Optional.of(TURTLE);
        }
        if (m == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(m.getContentTypeStr())).findFirst();
    }
}
