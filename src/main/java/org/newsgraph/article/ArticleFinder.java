package org.newsgraph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into article files, folders recursively, in a stable order.
 * {@code -} (standard input) is passed through as it is.
 */
public final class ArticleFinder {
    /** File name endings read as articles when a folder is walked. */
    public static final Set<String> EXTENSIONS =
            Set.of("txt", "text", "md", "html", "htm", "jsonl", "ndjson", "xml", "rss", "atom");

    private ArticleFinder() {}

    public static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (p.toString().equals("-")) {
                files.add(p);
                continue;
            }
            if (!Files.exists(p)) {
                throw new InputException(p, "no such file or folder");
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFinder::isArticleFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot walk " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** True for a file a folder walk reads: a known extension, not hidden (editors' temporary files are). */
    public static boolean isArticleFile(Path f) {
        String name = f.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
