package org.newsgraph.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The readable text of HTML: boilerplate (scripts, styles, navigation, header, footer, aside, forms) removed, the
 * main block chosen ({@code <article>}, else {@code [itemprop=articleBody]}, else the element with the most paragraph
 * text), and its paragraphs, headings, list items and quotes joined by blank lines.
 */
public final class HtmlText {
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[hidden], [aria-hidden=true]";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, figcaption";

    private HtmlText() {}

    /** The main text of a whole page (boilerplate is removed from {@code doc} itself). */
    public static String mainText(Document doc) {
        doc.select(BOILERPLATE).remove();
        return blocks(mainBlock(doc));
    }

    /** The text of an HTML fragment (a feed item's content). */
    public static String fragmentText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(BOILERPLATE).remove();
        return blocks(doc.body());
    }

    static Element mainBlock(Document doc) {
        Element best = largest(doc.select("article"));
        if (best == null) {
            best = largest(doc.select("[itemprop=articleBody]"));
        }
        if (best == null) {
            Element top = null;
            int topLength = 0;
            for (Element p : doc.select("p")) {
                Element parent = p.parent();
                if (parent == null) {
                    continue;
                }
                int n = 0;
                for (Element sib : parent.children()) {
                    if (sib.normalName().equals("p")) {
                        n += sib.text().length();
                    }
                }
                if (n > topLength) {
                    top = parent;
                    topLength = n;
                }
            }
            best = top;
        }
        return best != null ? best : doc.body();
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        for (Element e : candidates) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best;
    }

    /** Block texts in document order, nested blocks counted once, joined by blank lines. */
    static String blocks(Element root) {
        if (root == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Element e : root.select(BLOCKS)) {
            if (hasBlockAncestor(e, root)) {
                continue;
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        if (parts.isEmpty()) {
            String t = root.text().strip();
            return t;
        }
        return String.join("\n\n", parts);
    }

    private static boolean hasBlockAncestor(Element e, Element root) {
        for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
            if (a.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }
}
