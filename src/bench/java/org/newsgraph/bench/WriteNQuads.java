package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.OntologyFiles;
import org.newsgraph.extract.Pipeline;

/**
 * Extracts a corpus and writes its article graphs as N-Quads (fixed time stamp, so the file is reproducible): the
 * input of {@code tdb2.tdbloader}, and a check that a performance change left extraction output unchanged
 * ({@code cmp} the files made before and after).
 *
 * <pre>java -cp target/benchmarks.jar org.newsgraph.bench.WriteNQuads OUT.nq PATH...</pre>
 */
public final class WriteNQuads {
    private WriteNQuads() {}

    public static void main(String[] args) throws java.io.IOException {
        List<Path> roots = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        Pipeline p = Pipeline.load(OntologyFiles.locate());
        long n = LoadFigures.writeNQuads(Workload.read(roots, Integer.MAX_VALUE).parallelStream().map(p::run).toList(),
                p.fingerprint(), Path.of(args[0]));
        System.out.println(n + " quads written to " + args[0]);
    }
}
