package de.thwien.dsr.platform.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML (a mail's text/html part) as the text a person reads: entities decoded, markup dropped, scripts and styles
 * with their content dropped, {@code <br>} and blocks such as paragraphs, divisions and list items as line breaks,
 * runs of blanks as one space. Read by jsoup, which parses any HTML a mail client produces as a browser would.
 */
public final class HtmlText {

    private static final Set<String> LINES = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "ul", "ol", "dl", "dt", "dd", "table", "pre", "hr", "address", "section", "article",
            "header", "footer", "center", "form", "fieldset");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile(" ?\\n[ \\n]*");

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null) {
            return "";
        }
        Element body = Jsoup.parse(html).body();
        body.select("script, style, noscript, template").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element
                        && (element.normalName().equals("br") || LINES.contains(element.normalName()))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (LINES.contains(element.normalName())) {
                        text.append('\n');
                    } else if (CELLS.contains(element.normalName())) {
                        text.append(' ');
                    }
                }
            }
        }, body);
        String spaced = BLANKS.matcher(text).replaceAll(" ");
        return BLANK_LINES.matcher(spaced).replaceAll("\n").strip();
    }
}
