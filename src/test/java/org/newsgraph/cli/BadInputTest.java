package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.FailureCategory;
import org.newsgraph.store.NewsGraphStore;

/** A batch full of broken files: one line and one report entry each, and every good article loads. */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void everyBrokenFileIsReportedOnceAndTheGoodOnesLoad() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good1.txt"), "Kazakhstan and Russia signed a defence cooperation plan on Monday.\n");
        Files.writeString(in.resolve("good2.txt"), "France delivered two radars to Georgia last year, officials said.\n");
        byte[] utf16 = "Poland bought armoured vehicles from Germany in March.\n".getBytes(StandardCharsets.UTF_16);
        Files.write(in.resolve("good3-utf16.txt"), utf16);
        // HTML given as text: not the HTML reader's job here, it must simply not break anything
        Files.writeString(in.resolve("page.txt"), "<html><head><style>p{color:red}</style><script>var x = '<p>';"
                + "</script></head><body><p>Ukraine and Turkey held a joint naval exercise in the Black Sea.</p></body></html>");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("blank.txt"), " \n\t\r\n  ");
        byte[] binary = new byte[1024];
        new Random(7).nextBytes(binary);
        binary[100] = 0;
        Files.write(in.resolve("binary.txt"), binary);
        Files.write(in.resolve("cp1251.txt"), "Министерство обороны России заявило о поставках."
                .getBytes(Charset.forName("windows-1251")));
        Files.writeString(in.resolve("big.txt"), "Armenia and Azerbaijan. ".repeat(200));
        Files.writeString(in.resolve("chinese.txt"), "中国国防部星期一表示，两国将举行联合军事演习，以加强地区安全合作。"
                + "国防部发言人说，演习将在九月举行。");
        Files.writeString(in.resolve("dup.txt"), "Belarus hosted Russian air defence units in May.\n");
        Files.writeString(in.resolve("dup.md"), "Belarus hosted Russian fighter aircraft in June.\n");
        Files.writeString(in.resolve("bad name.txt"), "Moldova asked Romania for help with border security.\n");
        Path missing = dir.resolve("nowhere.txt");
        Path report = dir.resolve("out/errors.json");

        CliTest.Run r = CliTest.run("ingest", "--store", dir.resolve("st").toString(), "--max-size", "3000",
                "--errors", report.toString(), in.toString(), missing.toString());

        assertEquals(1, r.code(), r.err());
        Map<String, String> expected = new HashMap<>();
        expected.put("empty.txt", "empty");
        expected.put("blank.txt", "empty");
        expected.put("binary.txt", "binary");
        expected.put("cp1251.txt", "encoding");
        expected.put("big.txt", "too-large");
        expected.put("chinese.txt", "language");
        expected.put("dup.txt", "duplicate-id");
        expected.put("nowhere.txt", "unreadable");
        List<String> errorLines = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(expected.size(), errorLines.size(), r.err());
        assertEquals(errorLines.size(), r.err().lines().filter(l -> !l.isBlank() && !l.contains(" INFO ")).count(),
                "nothing but the error lines on stderr: " + r.err());
        JsonObject json = JSON.read(report.toString());
        assertEquals(expected.size(), json.get("errors").getAsNumber().value().intValue());
        for (JsonValue v : json.get("failures").getAsArray()) {
            JsonObject f = v.getAsObject();
            String file = Path.of(f.get("file").getAsString().value()).getFileName().toString();
            String category = f.get("category").getAsString().value();
            String message = f.get("message").getAsString().value();
            assertEquals(expected.remove(file), category, file + ": " + message);
            assertTrue(message.contains(file), message);
            assertTrue(errorLines.stream().anyMatch(l -> l.contains(message)), message);
            if (category.equals("duplicate-id")) {
                assertEquals("dup", f.get("id").getAsString().value());
            }
        }
        assertTrue(expected.isEmpty(), "not reported: " + expected);
        System.out.printf("BadInputTest: %d broken inputs reported, one line each; good articles lost: 0%n",
                errorLines.size());
        assertEquals(FailureCategory.values().length, json.get("categories").getAsArray().size());
        try (NewsGraphStore s = NewsGraphStore.open(dir.resolve("st"))) {
            List<String> ids = s.articleIds();
            // a file name that is no valid id is made safe ("bad name" -> "bad-name") rather than refused
            assertTrue(ids.containsAll(List.of("good1", "good2", "good3-utf16", "dup", "bad-name")), ids.toString());
            assertEquals(6, ids.size() + (ids.contains("page") ? 0 : 1), "page.txt either loads or is reported: " + ids);
        }
    }

    @Test
    void aCleanRunWritesAnEmptyReportAndExitsZero() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Kyrgyzstan received two helicopters from Russia in April.\n");
        Path report = dir.resolve("errors.json");
        CliTest.Run r = CliTest.run("ingest", "--store", dir.resolve("st").toString(), "--errors", report.toString(),
                in.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject json = JSON.read(report.toString());
        assertEquals(0, json.get("failures").getAsArray().size());
        assertEquals(1, json.get("loaded").getAsNumber().value().intValue());
    }
}
