package org.newsgraph.article;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads RSS 2.0 (also RSS 1.0) and Atom feed files: one article per item or entry, its text from
 * {@code content:encoded}, Atom {@code content}, or {@code description}/{@code summary}, with HTML stripped
 * ({@link HtmlText}). The id is {@code <file>-<hash of guid or link>}, else {@code <file>-<position>}; the publisher
 * is the feed's title, the language the feed's. An item without text is reported ({@code file item N}) and the
 * others still load. XML is parsed by {@link SafeXml} (no DOCTYPE, so no XXE).
 */
public final class FeedArticleReader extends DocumentReader {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    public FeedArticleReader(long maxBytes) {
        super(maxBytes);
    }

    @Override
    public ReadResult parse(String content, String source, String baseId) {
        Element root = SafeXml.parse(content, source).getDocumentElement();
        boolean atom = ATOM.equals(root.getNamespaceURI()) && root.getLocalName().equals("feed");
        Element channel = atom ? root : firstChild(root, "channel");
        if (!atom && !root.getLocalName().equals("rss") && !root.getLocalName().equals("RDF")) {
            throw new InputException(source, "not a feed: the root element is <" + root.getTagName()
                    + ">, expected <rss>, <rdf:RDF> or Atom <feed>");
        }
        String publisher = MetadataValues.text(channel == null ? null : childText(channel, "title"));
        String lang = channel == null ? null : childText(channel, "language");
        if (lang == null) {
            lang = root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        }
        String feedLang = MetadataValues.language(lang, source);
        List<Element> items = descendants(root, atom ? "entry" : "item");
        List<Article> articles = new ArrayList<>();
        List<InputException> failures = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = source + " item " + (i + 1);
            try {
                articles.add(item(items.get(i), atom, where, baseId, i + 1, publisher, feedLang));
            } catch (InputException e) {
                failures.add(e);
            } catch (IllegalArgumentException e) {
                failures.add(new InputException(where, e.getMessage()));
            }
        }
        if (items.isEmpty()) {
            throw new InputException(source, "the feed has no " + (atom ? "<entry>" : "<item>") + " elements");
        }
        return new ReadResult(articles, failures);
    }

    private static Article item(Element it, boolean atom, String where, String baseId, int position,
                                String publisher, String feedLang) {
        String link = atom ? atomLink(it) : childText(it, "link");
        String key = first(childText(it, atom ? "id" : "guid"), link);
        String body = first(childTextNs(it, CONTENT, "encoded"), atom ? childText(it, "content") : null,
                childText(it, atom ? "summary" : "description"));
        String text = body == null ? "" : HtmlText.fragmentText(body);
        if (text.isBlank()) {
            throw new InputException(where, "no text: expected content:encoded, content, description or summary");
        }
        String date = atom ? first(childText(it, "published"), childText(it, "updated"))
                : first(childText(it, "pubDate"), childTextNs(it, DC, "date"));
        String author = atom ? atomAuthor(it) : first(childTextNs(it, DC, "creator"), childText(it, "author"));
        String title = childText(it, "title");
        ArticleMetadata m = new ArticleMetadata(title == null ? null : MetadataValues.text(HtmlText.fragmentText(title)),
                MetadataValues.date(date, where), publisher, MetadataValues.url(link, where),
                feedLang, MetadataValues.text(author));
        String id = key != null ? ArticleIds.item(baseId, key) : ArticleIds.item(baseId, position);
        return new Article(id, text, m, where);
    }

    private static String atomLink(Element entry) {
        String any = null;
        for (Node n = entry.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "link".equals(e.getLocalName())) {
                String rel = e.getAttribute("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    return e.getAttribute("href");
                }
                any = any == null ? e.getAttribute("href") : any;
            }
        }
        return any;
    }

    private static String atomAuthor(Element entry) {
        Element a = firstChild(entry, "author");
        return a == null ? null : childText(a, "name");
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** Text of the first child with this local name in no namespace or the parent's (RSS, Atom). */
    private static String childText(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())
                    && (e.getNamespaceURI() == null || e.getNamespaceURI().equals(parent.getNamespaceURI()))) {
                return blankToNull(e.getTextContent());
            }
        }
        return null;
    }

    private static String childTextNs(Element parent, String ns, String localName) {
        NodeList l = parent.getElementsByTagNameNS(ns, localName);
        return l.getLength() == 0 ? null : blankToNull(l.item(0).getTextContent());
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList l = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
