package dev.crosscheck.corpus;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** An article's HTML as plain paragraphs: one per block (paragraph, heading, list item, quote). */
public final class Paragraphs {
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

    private Paragraphs() {
    }

    static List<String> of(Element root) {
        List<String> out = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            // A block inside another block (a paragraph in a quote, a list in a list item) is read with its parent.
            if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        if (out.isEmpty()) {
            plain(root.wholeText(), out);
        }
        return out;
    }

    /** Paragraphs of an HTML fragment (a feed item's content). */
    public static List<String> ofHtml(String html) {
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** Paragraphs of plain text: blank lines separate them. */
    static void plain(String text, List<String> out) {
        for (String p : text.split("\\n\\s*\\n")) {
            String t = p.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
    }
}
