package org.newsgraph.article;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a saved web page with jsoup: the main article text ({@link HtmlText}) and metadata from, in order of
 * preference, a JSON-LD {@code NewsArticle} (or {@code Article}), Open Graph and article meta tags
 * ({@code og:title}, {@code article:published_time}, {@code og:site_name}, {@code og:url}), plain meta tags
 * ({@code author}, {@code date}, {@code publisher}), {@code <link rel=canonical>}, {@code <html lang>} and
 * {@code <title>}. jsoup repairs broken markup the way browsers do, so a damaged page still yields its text.
 */
public final class HtmlArticleReader extends DocumentReader {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlArticleReader.class);

    public HtmlArticleReader(long maxBytes) {
        super(maxBytes);
    }

    @Override
    public ReadResult parse(String content, String source, String baseId) {
        Document doc = Jsoup.parse(content);
        ArticleMetadata m = jsonLd(doc, source).orElse(metaTags(doc, source));
        String text = HtmlText.mainText(doc);
        if (text.isBlank()) {
            throw new InputException(source, "no article text found in the HTML (looked for <article>, "
                    + "[itemprop=articleBody] and paragraphs)");
        }
        return ReadResult.of(List.of(new Article(baseId, text, m, source)));
    }

    private static ArticleMetadata metaTags(Document doc, String source) {
        String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title());
        String date = first(meta(doc, "article:published_time"), meta(doc, "datePublished"), meta(doc, "date"),
                meta(doc, "dc.date"), meta(doc, "pubdate"), attr(doc, "article time[datetime], time[pubdate]", "datetime"));
        String publisher = first(meta(doc, "og:site_name"), meta(doc, "publisher"), meta(doc, "dc.publisher"));
        String url = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"));
        String lang = first(attr(doc, "html[lang]", "lang"), meta(doc, "content-language"), meta(doc, "og:locale"));
        String author = first(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"));
        return new ArticleMetadata(MetadataValues.text(title), MetadataValues.date(date, source),
                MetadataValues.text(publisher), MetadataValues.url(url, source),
                MetadataValues.language(lang, source), MetadataValues.text(author));
    }

    /** The first JSON-LD object typed as a news article, if any. Broken JSON-LD is ignored (logged). */
    private static ArticleMetadata jsonLd(Document doc, String source) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonObject a = findArticle(JSON.parseAny(script.data()));
                if (a != null) {
                    return new ArticleMetadata(MetadataValues.text(str(a.get("headline"))),
                            MetadataValues.date(str(a.get("datePublished")), source),
                            MetadataValues.text(name(a.get("publisher"))),
                            MetadataValues.url(first(str(a.get("url")), str(a.get("mainEntityOfPage"))), source),
                            MetadataValues.language(str(a.get("inLanguage")), source),
                            MetadataValues.text(name(a.get("author"))));
                }
            } catch (JsonException e) {
                LOG.warn("{}: ignored JSON-LD that does not parse: {}", source, e.getMessage());
            }
        }
        return ArticleMetadata.EMPTY;
    }

    private static JsonObject findArticle(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            for (JsonValue x : v.getAsArray()) {
                JsonObject o = findArticle(x);
                if (o != null) {
                    return o;
                }
            }
            return null;
        }
        if (!v.isObject()) {
            return null;
        }
        JsonObject o = v.getAsObject();
        JsonValue type = o.get("@type");
        String types = type == null ? "" : type.toString();
        if (types.matches("(?s).*\"(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting)\".*")) {
            return o;
        }
        return findArticle(o.get("@graph"));
    }

    /** A string value, or the {@code @id}/{@code url} of an object value. */
    private static String str(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isObject()) {
            return first(str(v.getAsObject().get("@id")), str(v.getAsObject().get("url")));
        }
        return null;
    }

    /** The name of a person or organisation value (a string, an object with {@code name}, or a list of them). */
    private static String name(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isObject()) {
            return str(v.getAsObject().get("name"));
        }
        if (v.isArray()) {
            List<String> names = v.getAsArray().stream().map(HtmlArticleReader::name).filter(n -> n != null).toList();
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key
                + "], meta[http-equiv=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
