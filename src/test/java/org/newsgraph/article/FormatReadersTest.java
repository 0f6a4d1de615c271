package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format readers on the fixtures of src/test/resources/article/. */
class FormatReadersTest {
    static final Path FIXTURES = Path.of("src/test/resources/article");
    static final long MAX = 1 << 20;

    @TempDir
    Path dir;

    static ReadResult read(String name) {
        return new MultiFormatReader(ArticleFormat.auto, MAX, JsonFields.DEFAULT).readAll(FIXTURES.resolve(name));
    }

    @Test
    void frontMatterGivesMetadataAndTheTextIsTheBody() {
        Article a = read("front-matter.txt").articles().get(0);
        assertEquals("front-matter", a.id());
        assertEquals(new ArticleMetadata("Astana orders radars from France", "2024-03-05", "Steppe Defence Review",
                "https://steppe-defence.example/2024/03/astana-radars", "en", "Dana Seitkali"), a.metadata());
        assertTrue(a.text().startsWith("Kazakhstan signed a contract"), a.text());
        assertFalse(a.text().contains("---"));
        assertFalse(a.text().contains("procurement"));
    }

    @Test
    void textWithoutFrontMatterIsKeptWhole() throws IOException {
        Path f = dir.resolve("plain.txt");
        String body = "--- not front matter\nRussia and Belarus held drills.";
        Files.writeString(f, body);
        Article a = new TextArticleReader(MAX).read(f).get(0);
        assertEquals(body, a.text());
        Path open = dir.resolve("unclosed.txt");
        Files.writeString(open, "---\ntitle: x\nRussia and Belarus held drills.");
        assertTrue(new TextArticleReader(MAX).read(open).get(0).text().startsWith("---\ntitle: x"));
    }

    @Test
    void htmlKeepsTheArticleAndDropsBoilerplate() {
        Article a = read("page.html").articles().get(0);
        assertEquals("page", a.id());
        assertEquals("Georgia and Ukraine sign drone deal\n\n"
                + "Georgia agreed to buy reconnaissance drones from Ukraine, the defence ministry in Tbilisi said on Monday.\n\n"
                + "The first systems are due in June, officials said.", a.text());
        assertEquals(new ArticleMetadata("Georgia and Ukraine sign drone deal", "2024-03-12", "Caucasus Defence Wire",
                "https://caucasus-wire.example/news/georgia-ukraine-drones", "en", "Nino Beridze"), a.metadata());
    }

    @Test
    void htmlTakesJsonLdAndTheLargestParagraphBlock() {
        Article a = read("jsonld.html").articles().get(0);
        assertEquals("Россия передаст Белоруссии новые зенитные ракетные комплексы до конца года.\n\n"
                + "Об этом сообщили в министерстве обороны в Минске.", a.text());
        assertEquals(new ArticleMetadata("Белоруссия получит новые зенитные комплексы", "2024-03-20",
                "Балтийский оборонный вестник", "https://baltic-vestnik.example/2024/03/belarus-air-defence", "ru",
                "Ирина Соколова"), a.metadata());
    }

    @Test
    void brokenHtmlStillYieldsItsText() {
        Article a = read("broken.html").articles().get(0);
        assertTrue(a.text().startsWith("The Philippines will buy six patrol vessels from Japan, the navy said."), a.text());
        assertTrue(a.text().contains("Deliveries start in 2025"), a.text());
    }

    @Test
    void htmlWithoutTextIsAnError() throws IOException {
        Path f = dir.resolve("empty.html");
        Files.writeString(f, "<html><body><nav>Home</nav><script>x()</script></body></html>");
        InputException e = assertThrows(InputException.class, () -> new HtmlArticleReader(MAX).read(f));
        assertTrue(e.getMessage().contains("no article text found"), e.getMessage());
    }

    @Test
    void jsonLinesLoadsGoodLinesAndNamesBadOnesByLine() {
        ReadResult r = read("crawl.jsonl");
        List<String> ids = r.articles().stream().map(Article::id).toList();
        assertEquals(3, ids.size(), ids.toString());
        assertEquals("kz-2024-0314", ids.get(0));
        assertTrue(ids.get(1).matches("crawl-[0-9a-f]{12}"), ids.get(1));
        assertEquals("crawl-5", ids.get(2));
        Article tl = r.articles().get(1);
        assertEquals("2024-03-15", tl.metadata().date());
        assertEquals("tl", tl.metadata().language());
        assertEquals("https://manila-monitor.example/2024/03/ph-jp", tl.metadata().url());
        assertEquals(2, r.failures().size(), r.failures().toString());
        String source = FIXTURES.resolve("crawl.jsonl").toString();
        assertTrue(r.failures().get(0).getMessage().startsWith(source + ":4: no text"), r.failures().get(0).getMessage());
        assertTrue(r.failures().get(1).getMessage().startsWith(source + ":6: not valid JSON"), r.failures().get(1).getMessage());
    }

    @Test
    void jsonLinesFieldNamesAreConfigurable() {
        JsonFields f = JsonFields.DEFAULT.with(List.of("id=doc_id", "url=link", "title=headline", "date=meta.published",
                "publisher=meta.site", "text=body"));
        Article a = new JsonLinesArticleReader(MAX, f).read(FIXTURES.resolve("crawl-body.jsonl")).get(0);
        assertEquals("17", a.id());
        assertEquals(new ArticleMetadata("Poland orders tanks", "2024-04-02", "Baltic Defence Herald",
                "https://baltic-vestnik.example/2024/04/poland", null, null), a.metadata());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonFields.DEFAULT.with("body"));
        assertTrue(e.getMessage().contains("KEY=NAME"), e.getMessage());
    }

    @Test
    void rssItemsBecomeArticlesAndABadItemIsReported() {
        ReadResult r = read("feed.rss");
        assertEquals(2, r.articles().size());
        Article first = r.articles().get(0);
        assertEquals("The Philippines and Japan began joint naval drills near Luzon on Monday.\n\nSouth Korea sent observers.",
                first.text());
        assertEquals(new ArticleMetadata("Philippines and Japan hold naval drills", "2024-03-11", "Manila Security Monitor",
                "https://manila-monitor.example/2024/03/ph-japan-drills", "en", "Maria Santos"), first.metadata());
        assertTrue(first.id().matches("feed-[0-9a-f]{12}"), first.id());
        assertEquals("India offered more missiles to the Philippines, officials said.", r.articles().get(1).text());
        assertEquals(1, r.failures().size());
        assertTrue(r.failures().get(0).getMessage().contains("feed.rss item 2: no text"), r.failures().get(0).getMessage());
    }

    @Test
    void atomEntriesBecomeArticles() {
        ReadResult r = read("feed.atom");
        assertEquals(List.of(), r.failures());
        assertEquals(2, r.articles().size());
        Article a = r.articles().get(0);
        assertEquals("Sweden sent aircraft to a NATO air exercise over Norway on Thursday.", a.text());
        assertEquals(new ArticleMetadata("Sweden joins NATO exercise", "2024-03-21", "Nordic Defence Notes",
                "https://nordic-notes.example/2024/03/sweden-nato", "en", "Erik Lind"), a.metadata());
        assertEquals("2024-03-22", r.articles().get(1).metadata().date());
        assertEquals("https://nordic-notes.example/2024/03/finland", r.articles().get(1).metadata().url());
    }

    @Test
    void truncatedFeedIsAnErrorWithLineAndColumn() {
        InputException e = assertThrows(InputException.class, () -> read("truncated.rss"));
        assertTrue(e.getMessage().contains("not well-formed XML [line"), e.getMessage());
    }

    @Test
    void externalEntitiesInFeedsAreNeverRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path feed = dir.resolve("evil.rss");
        Files.writeString(feed, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>x</title><item><title>t</title>"
                + "<description>Russia said &s;</description></item></channel></rss>");
        for (Path f : List.of(feed, FIXTURES.resolve("xxe.rss"))) {
            InputException e = assertThrows(InputException.class, () -> new FeedArticleReader(MAX).readAll(f));
            assertTrue(e.getMessage().contains("DOCTYPE declarations are not accepted"), e.getMessage());
            assertFalse(e.getMessage().contains("TOP-SECRET") || e.getMessage().contains("root:"), e.getMessage());
        }
    }

    @Test
    void formatIsChosenByExtensionThenContent() throws IOException {
        Path xml = dir.resolve("news.xml");
        Files.copy(FIXTURES.resolve("feed.atom"), xml);
        assertEquals(2, new MultiFormatReader(ArticleFormat.auto, MAX, JsonFields.DEFAULT).readAll(xml).articles().size());
        Path noExt = dir.resolve("download");
        Files.copy(FIXTURES.resolve("page.html"), noExt);
        assertEquals("Caucasus Defence Wire",
                new MultiFormatReader(ArticleFormat.auto, MAX, JsonFields.DEFAULT).read(noExt).get(0).metadata().publisher());
        Article forced = new MultiFormatReader(ArticleFormat.txt, MAX, JsonFields.DEFAULT).read(FIXTURES.resolve("page.html")).get(0);
        assertTrue(forced.text().startsWith("<!DOCTYPE html>"));
        assertEquals(ArticleFormat.jsonl, ArticleFormat.sniff("{\"text\": \"x\"}\n"));
        assertEquals(ArticleFormat.rss, ArticleFormat.sniff("<?xml version=\"1.0\"?><rss>"));
        assertEquals(ArticleFormat.txt, ArticleFormat.sniff("Russia and Belarus"));
    }

    @Test
    void finderWalksEveryFormatAndPassesStandardInputThrough() throws IOException {
        for (String n : List.of("a.html", "b.jsonl", "c.rss", "d.atom", "e.xml", "f.htm", "g.pdf", "h.txt~")) {
            Files.writeString(dir.resolve(n), "x");
        }
        List<String> names = ArticleFinder.find(List.of(dir)).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("a.html", "b.jsonl", "c.rss", "d.atom", "e.xml", "f.htm"), names);
        assertEquals(List.of(Path.of("-")), ArticleFinder.find(List.of(Path.of("-"))));
    }

    @Test
    void idsAreAlwaysValid() {
        assertEquals("kz-2024-0314", ArticleIds.safe("kz/2024/0314"));
        assertEquals("Новости_1", ArticleIds.safe("Новости_1"));
        assertTrue(ArticleIds.safe("///").matches("id-[0-9a-f]{16}"));
        String longId = ArticleIds.safe("x".repeat(300));
        assertTrue(longId.length() <= 120);
        assertEquals("stdin", ArticleIds.ofFile(Path.of("-")));
        assertEquals("my-article", ArticleIds.ofFile(Path.of("my article.txt")));
        new Article(ArticleIds.safe("a b/c?d"), "x", null, "test");
    }

    @Test
    void metadataValuesAreCleanedOrDropped() {
        assertEquals("2024-03-05", MetadataValues.date("2024-03-05T23:10:00Z", "t"));
        assertEquals("2024-03-05", MetadataValues.date("Tue, 05 Mar 2024 10:00:00 GMT", "t"));
        assertEquals("2024-03", MetadataValues.date("2024-03", "t"));
        assertNull(MetadataValues.date("last Tuesday", "t"));
        assertNull(MetadataValues.date("2024-02-30", "t"));
        assertEquals("ru", MetadataValues.language("ru-RU", "t"));
        assertEquals("tl", MetadataValues.language("fil", "t"));
        assertNull(MetadataValues.language("-", "t")); // found by fuzzing: a bare separator once crashed
        assertNull(MetadataValues.language("klingon-ish", "t"));
        assertNull(MetadataValues.url("javascript:alert(1)", "t"));
        assertNull(MetadataValues.url("/relative/path", "t"));
    }
}
