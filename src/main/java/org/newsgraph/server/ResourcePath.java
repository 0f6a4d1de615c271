package org.newsgraph.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsgraph.vocab.Iris;

/**
 * A request path on the linked-data routes, checked and mapped to the IRI it describes:
 * {@code /id/state/kazakhstan} names {@code https://w3id.org/newsgraph/id/state/kazakhstan}; a known extension
 * ({@code .ttl .jsonld .rdf .nt .html}) picks the format. Anything else (dot segments, encoded slashes or dots,
 * backslashes, bytes that are not UTF-8, very long paths) is no resource: the caller answers 404.
 */
record ResourcePath(String iri, RdfFormat format) {
    static final int MAX_LENGTH = 512;
    /** The characters of the IRIs minted by {@link Iris}, in their percent-encoded form. */
    private static final Pattern SAFE = Pattern.compile("/(id|article|statement|fact)/[A-Za-z0-9._~%!$&'()*+,;=:@/-]+"
            + "|/ontology(\\.[a-z]+)?|/\\.well-known/void(\\.[a-z]+)?");

    /**
     * The resource a raw (still percent-encoded) request path names: the path itself when it is a known IRI (format
     * left to content negotiation, {@code format} null), else the path without a known extension.
     */
    static Optional<ResourcePath> resolve(String rawPath, Predicate<String> exists) {
        if (!safe(rawPath)) {
            return Optional.empty();
        }
        String iri = Iris.BASE + rawPath.substring(1);
        if (exists.test(iri)) {
            return Optional.of(new ResourcePath(iri, null));
        }
        int slash = rawPath.lastIndexOf('/');
        int dot = rawPath.lastIndexOf('.');
        if (dot > slash + 1) {
            Optional<RdfFormat> f = RdfFormat.byExtension(rawPath.substring(dot + 1));
            String stem = Iris.BASE + rawPath.substring(1, dot);
            if (f.isPresent() && exists.test(stem)) {
                return Optional.of(new ResourcePath(stem, f.get()));
            }
        }
        return Optional.empty();
    }

    static boolean safe(String rawPath) {
        if (rawPath == null || rawPath.length() > MAX_LENGTH || !SAFE.matcher(rawPath).matches()) {
            return false;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        return !(lower.contains("/./") || lower.contains("/../") || lower.endsWith("/..") || lower.endsWith("/.")
                || lower.contains("//") || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
                || lower.contains("%00")) && decodesAsUtf8(rawPath);
    }

    private static boolean decodesAsUtf8(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                try {
                    bytes.put((byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException e) {
                    return false;
                }
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
