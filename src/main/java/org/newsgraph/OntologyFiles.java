package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.vocab.Iris;

/**
 * Where the curated data lives: the ontology, the shapes, the reference entities, the language profiles and
 * lexicons. By default the {@code ontology/} folder of the working directory when there is one (so a curator's
 * edit is picked up on the next run), else the copy packed into the jar.
 *
 * <pre>
 *   ontology/newsgraph.ttl        the OWL ontology
 *   ontology/shapes.ttl           SHACL shapes for extracted graphs
 *   ontology/reference/*.ttl      reference entities (memberships.ttl: reference memberships)
 *   ontology/languages/*.properties  one language profile per language
 *   ontology/lexicon/*.lex        trigger lexicons, one per language
 * </pre>
 */
public record OntologyFiles(Path root) {
    public OntologyFiles {
        if (!Files.isDirectory(root)) {
            throw new NewsGraphException("ontology folder " + root + " does not exist");
        }
    }

    /** {@code ./ontology} when it holds {@code newsgraph.ttl}, else the copy in the jar (or class path). */
    public static OntologyFiles locate() {
        Path local = Path.of("ontology");
        if (Files.isRegularFile(local.resolve("newsgraph.ttl"))) {
            return new OntologyFiles(local);
        }
        return bundled();
    }

    /** The copy of {@code ontology/} packed on the class path. */
    public static OntologyFiles bundled() {
        URL url = OntologyFiles.class.getResource("/ontology/newsgraph.ttl");
        if (url == null) {
            throw new NewsGraphException("no ontology/ folder here and none on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return new OntologyFiles(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new NewsGraphException("cannot open the bundled ontology at " + url + ": " + e.getMessage(), e);
        }
    }

    public Path ontology() {
        return root.resolve("newsgraph.ttl");
    }

    public Path shapes() {
        return root.resolve("shapes.ttl");
    }

    /** Reference entity files (all of {@code reference/*.ttl} except the memberships). */
    public List<Path> referenceFiles() {
        return list(root.resolve("reference"), ".ttl").stream()
                .filter(p -> !p.getFileName().toString().equals("memberships.ttl")).toList();
    }

    /** The reference memberships file, loaded into its own graph. */
    public Path memberships() {
        return root.resolve("reference").resolve("memberships.ttl");
    }

    public List<Path> languageProfiles() {
        return list(root.resolve("languages"), ".properties");
    }

    public List<Path> lexicons() {
        return list(root.resolve("lexicon"), ".lex");
    }

    /** A hash over every data file: when it changes, stored articles are extracted again. */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.append(root.relativize(p)).append('\n').append(Iris.sha256(Files.readString(p))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ontology folder " + root, e);
        }
        return Iris.sha256(all.toString());
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
