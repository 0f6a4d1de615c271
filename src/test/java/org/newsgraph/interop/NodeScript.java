package org.newsgraph.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Node clients in {@code src/test/node/} (Comunica, Playwright) and returns what it printed. Fails,
 * never skips, when Node or the npm packages are missing, saying how to install them.
 */
final class NodeScript {
    static final Path DIR = Path.of("src/test/node");
    static final long TIMEOUT_SECONDS = 120;

    private NodeScript() {}

    /** The script's stdout; fails the test with its stderr when it exits with another code than 0. */
    static String run(String script, String... args) {
        if (!Files.isDirectory(DIR.resolve("node_modules"))) {
            fail(DIR.resolve("node_modules") + " is missing: run  (cd src/test/node && npm ci --no-audit --no-fund)"
                    + "  (what .ci/run does) before the tests");
        }
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("node-out", ".txt");
            Path err = Files.createTempFile("node-err", ".txt");
            try {
                Process p;
                try {
                    p = new ProcessBuilder(command).directory(DIR.toFile())
                            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                } catch (IOException e) {
                    throw new AssertionError("cannot start 'node' (Node.js >= 20 must be on the PATH): " + e.getMessage(), e);
                }
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail(script + " did not finish within " + TIMEOUT_SECONDS + " s; stderr:\n" + Files.readString(err));
                }
                String stderr = Files.readString(err, StandardCharsets.UTF_8);
                assertEquals(0, p.exitValue(), script + " failed; stderr:\n" + stderr);
                String stdout = Files.readString(out, StandardCharsets.UTF_8).trim();
                assertTrue(!stdout.isEmpty(), script + " printed nothing; stderr:\n" + stderr);
                return stdout;
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + script, e);
        }
    }
}
