package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Isomorphism;
import org.newsgraph.OntologyFiles;
import org.newsgraph.TestStores;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.article.TextArticleReader;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/**
 * {@code kill -9} at random moments of an ingest: a child JVM ({@link IngestChild}) ingests a generated corpus and
 * is killed with {@code destroyForcibly()} during the first load and during re-ingest of changed articles. After
 * every kill the store must open (TDB2 takes over the dead process's lock) and every article graph must be exactly
 * one of its two versions, with support counts equal to a recount; a final uninterrupted run must give a store
 * isomorphic to a clean ingest. Sizes: {@code -Dnewsgraph.kill.articles=150 -Dnewsgraph.kill.rounds=10}.
 */
@Tag("slow")
class KillDuringIngestTest {
    private static final int ARTICLES = Integer.getInteger("newsgraph.kill.articles", 150);
    private static final int KILLS = Integer.getInteger("newsgraph.kill.rounds", 10);
    private static final long SEED = Long.getLong("newsgraph.kill.seed", 20261121L);

    @TempDir
    Path dir;

    /** The two expected graphs of each article (without ng:ingestedAt), and the fingerprint they were made with. */
    private final Map<String, Graph[]> expected = new HashMap<>();
    private final Map<Integer, List<Extraction>> extractions = new HashMap<>();
    private Pipeline pipeline;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void everyArticleIsWhollyOldOrWhollyNewAfterAKillAndARerunCompletesTheWork() throws Exception {
        pipeline = TestStores.pipeline();
        CorpusGenerator gen = new CorpusGenerator(OntologyFiles.locate());
        Path[] corpus = {null, dir.resolve("v1"), dir.resolve("v2")};
        gen.write(corpus[1], SEED, ARTICLES, 1, 0);
        gen.write(corpus[2], SEED, ARTICLES, 2, ARTICLES / 2);
        for (int v = 1; v <= 2; v++) {
            expect(corpus[v], v);
        }
        Path store = dir.resolve("store");
        Random random = new Random(SEED);
        int kills = 0;
        int staleLocks = 0;
        List<String> log = new ArrayList<>();
        // first load (v1), then re-ingest of changed articles (v2), then back (v1): changed articles flip each phase
        for (int round = 0; kills < KILLS && round < KILLS * 3; round++) {
            int version = round < KILLS * 4 / 10 ? 1 : round < KILLS * 7 / 10 ? 2 : 1;
            Map<String, Integer> before = check(store, log);
            int firstWork = firstToDo(before, version);
            long seed = random.nextLong();
            Outcome o = runChild(store, corpus[version], round == 0 ? -1 : firstWork + new Random(seed).nextInt(25),
                    new Random(seed).nextInt(60));
            if (o.killed) {
                kills++;
            }
            if (o.staleLock) {
                staleLocks++;
            }
            log.add("round " + round + " v" + version + " seed " + seed + ": " + o);
        }
        Map<String, Integer> state = check(store, log);
        // a rerun completes the work, and the result is what a clean ingest gives
        Outcome last = runChild(store, corpus[2], Integer.MAX_VALUE, 0);
        assertTrue(last.completed, "the rerun ends normally: " + last);
        state = check(store, log);
        for (int i = 0; i < ARTICLES; i++) {
            assertTrue(state.getOrDefault(id(i), 0) >= 2, id(i) + " is at version 2 after the rerun: " + state.get(id(i)));
        }
        DatasetGraph clean = cleanIngest(dir.resolve("clean"), 2);
        try (NewsGraphStore s = NewsGraphStore.open(store)) {
            assertTrue(Isomorphism.isomorphic(clean, StoreSnapshots.copy(s)), "store after kills + rerun = clean ingest");
        }
        assertTrue(kills >= KILLS, "killed " + kills + " times: " + log);
        assertTrue(staleLocks > 0, "a killed child left its tdb.lock behind at least once, and the store opened anyway");
        System.out.printf("KillDuringIngestTest: %d articles x 2 versions, %d kills (%d stale locks taken over), "
                + "%d store checks, articles lost or half-written: 0%n", ARTICLES, kills, staleLocks, log.size() + 2);
        log.forEach(l -> System.out.println("  " + l));
    }

    private static String id(int i) {
        return String.format("gen_%04d", i);
    }

    private void expect(Path folder, int version) {
        TextArticleReader reader = new TextArticleReader(5 << 20);
        List<Extraction> xs = new ArrayList<>();
        for (Path f : ArticleFinder.find(List.of(folder))) {
            Extraction x = pipeline.run(reader.read(f).get(0));
            xs.add(x);
            DatasetGraph d = DatasetGraphFactory.createGeneral();
            ExtractionMapper.write(x, pipeline.fingerprint(), null, StreamRDFLib.dataset(d));
            String id = x.text().article().id();
            expected.computeIfAbsent(id, k -> new Graph[3])[version] = d.getGraph(article(id));
        }
        extractions.put(version, xs);
    }

    private static Node article(String id) {
        return NodeFactory.createURI(Iris.article(id));
    }

    /**
     * Opens the store and checks it: each article graph is one of its versions, the support graph equals a
     * recount. Returns for each stored article its version (1, 2, or 3 when both versions are the same).
     */
    private Map<String, Integer> check(Path store, List<String> log) {
        Map<String, Integer> versions = new HashMap<>();
        if (!Files.exists(store)) {
            return versions;
        }
        try (NewsGraphStore s = NewsGraphStore.open(store)) {
            DatasetGraph d = StoreSnapshots.copy(s);
            Set<String> special = Set.of(Iris.ONTOLOGY_GRAPH, Iris.REFERENCE_GRAPH, Iris.REFERENCE_MEMBERSHIPS_GRAPH,
                    Iris.SUPPORT_GRAPH);
            Map<Node, Set<Node>> support = new HashMap<>();
            d.listGraphNodes().forEachRemaining(g -> {
                if (special.contains(g.getURI())) {
                    return;
                }
                assertTrue(g.getURI().startsWith(Iris.ARTICLE), "unexpected graph " + g);
                String id = g.getURI().substring(Iris.ARTICLE.length());
                Graph[] versionsOf = expected.get(id);
                assertTrue(versionsOf != null, "graph of an unknown article " + id);
                Graph stored = d.getGraph(g);
                int v = (stored.isIsomorphicWith(versionsOf[1]) ? 1 : 0) + (stored.isIsomorphicWith(versionsOf[2]) ? 2 : 0);
                if (v == 0) {
                    fail("article " + id + " is neither version: " + stored.size() + " triples; " + log);
                }
                versions.put(id, v);
                stored.find(Node.ANY, NG.fact, Node.ANY).forEachRemaining(t ->
                        support.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(g));
            });
            Graph sg = d.getGraph(NodeFactory.createURI(Iris.SUPPORT_GRAPH));
            Map<Node, Integer> counted = new HashMap<>();
            sg.find(Node.ANY, NG.supportCount, Node.ANY).forEachRemaining(t ->
                    assertEquals(null, counted.put(t.getSubject(), Integer.parseInt(t.getObject().getLiteralLexicalForm())),
                            "one support count per fact"));
            Map<Node, Integer> recount = new HashMap<>();
            support.forEach((f, gs) -> recount.put(f, gs.size()));
            assertEquals(recount, counted, "support counts equal a recount");
        }
        return versions;
    }

    private int firstToDo(Map<String, Integer> state, int version) {
        for (int i = 0; i < ARTICLES; i++) {
            if ((state.getOrDefault(id(i), 0) & version) == 0) {
                return i;
            }
        }
        return ARTICLES;
    }

    private DatasetGraph cleanIngest(Path store, int version) {
        try (NewsGraphStore s = NewsGraphStore.open(store)) {
            s.loadReference(OntologyFiles.locate(), pipeline.fingerprint());
            for (Extraction x : extractions.get(version)) {
                s.replace(x, pipeline.fingerprint());
            }
            return StoreSnapshots.copy(s);
        }
    }

    /** How a child run ended. */
    record Outcome(boolean killed, boolean completed, boolean staleLock, int steps, String last) {
        @Override
        public String toString() {
            return (killed ? "killed" : completed ? "completed" : "ended") + " after " + steps + " files (" + last + ")";
        }
    }

    /**
     * Runs {@link IngestChild} and kills it {@code delayMs} after it reported {@code killAfter} files done; with
     * {@code killAfter < 0}, {@code delayMs * 40} ms after it opened the store (while it loads reference data).
     */
    private Outcome runChild(Path store, Path corpus, int killAfter, int delayMs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), IngestChild.class.getName(), store.toString(), corpus.toString());
        pb.redirectError(dir.resolve("child.err").toFile());
        Process p = pb.start();
        int steps = 0;
        String line = "";
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = out.readLine()) != null) {
                if (line.startsWith("step ")) {
                    steps = Integer.parseInt(line.substring(5));
                }
                boolean now = killAfter < 0 ? line.equals("ready") : line.startsWith("step ") && steps >= killAfter;
                if (now && !line.startsWith("step " + ARTICLES)) {
                    Thread.sleep(killAfter < 0 ? delayMs * 40L : delayMs);
                    p.destroyForcibly();
                    killed = true;
                    break;
                }
                if (line.startsWith("done")) {
                    break;
                }
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("child did not end");
        }
        boolean completed = p.exitValue() == 0;
        if (!killed && !completed) {
            fail("child failed (exit " + p.exitValue() + "): " + Files.readString(dir.resolve("child.err")));
        }
        killed &= !completed; // it may have finished before the kill landed
        Path lock = store.resolve("tdb.lock");
        boolean stale = killed && Files.exists(lock) && Files.readString(lock).strip().equals(Long.toString(p.pid()));
        return new Outcome(killed, completed, stale, steps, line);
    }
}
