package dev.crosscheck.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.corpus.PublishedTime;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article page read as a reader would: headline, byline, publication time, canonical URL, the site's name (null
 * when the page does not give one) and the body's paragraphs, without the page's navigation, banners, related links
 * or comments.
 */
public record ArticlePage(String title, String byline, Instant published, URI canonical, String site,
                          List<String> paragraphs) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern CHARSET = java.util.regex.Pattern.compile(
            "(?i)charset=\"?([\\w.:-]+)");
    /** Page furniture that HTML itself marks as not the article. */
    private static final String FURNITURE = "script:not([type=application/ld+json]), style, noscript, iframe, nav, "
            + "header, footer, aside, form, dialog, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [hidden], [aria-hidden=true]";

    public ArticlePage {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * An article's text as it is stored and read: its headline, then its body, the headline once. A page whose text
     * opens with its own headline (its h1) has it once: twice, the copy reads as the text's first sentence, and
     * conflicts quoted it where the text said more.
     */
    public static String headedText(String headline, String body) {
        String text = body.strip();
        String first = text.lines().findFirst().orElse("");
        return folded(first).equals(folded(headline)) ? text : headline + "\n\n" + text;
    }

    private static String folded(String line) {
        return line.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads a page fetched from the given URL, in the charset its Content-Type or its meta tag names. */
    public static ArticlePage read(byte[] body, String contentType, URI uri) {
        java.util.regex.Matcher m = CHARSET.matcher(contentType);
        String charset = m.find() && java.nio.charset.Charset.isSupported(m.group(1)) ? m.group(1) : null;
        try {
            return read(Jsoup.parse(new java.io.ByteArrayInputStream(body), charset, uri.toString()), uri);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a page's HTML fetched from the given URL. */
    public static ArticlePage read(String html, URI uri) {
        return read(Jsoup.parse(html, uri.toString()), uri);
    }

    private static ArticlePage read(Document page, URI uri) {
        JsonNode ld = Metadata.articleJsonLd(page, JSON);
        URI canonical = Metadata.canonical(page, uri);
        Instant published = Metadata.published(page, ld);
        String site = Metadata.site(page, ld);
        String headline = ld != null && ld.hasNonNull("headline") ? ld.get("headline").asText() : null;
        page.select(FURNITURE).remove();
        org.jsoup.select.Elements articles = page.select("article");
        if (articles.size() == 1 && page.body() != null) {
            // A page whose HTML marks one article has its text there: a short one had been read with the page
            // around it, a cookie banner quoted as news (a fresh user's link-only feed).
            org.jsoup.nodes.Element only = articles.first();
            page.body().empty().appendChild(only);
        }
        Article article = new Readability4JExtended(uri.toString(), page).parse();
        List<String> body = new ArrayList<>();
        // The publisher's own structured copy of the article, when it gives one, is the article: no guessing.
        if (ld != null && ld.hasNonNull("articleBody") && !ld.get("articleBody").asText().isBlank()) {
            Paragraphs.plain(ld.get("articleBody").asText(), body);
        } else if (article.getArticleContent() != null) {
            body.addAll(Paragraphs.of(article.getArticleContent()));
        }
        String title = firstNonBlank(headline, article.getTitle(), page.title());
        return new ArticlePage(title, blankToNull(article.getByline()), published, canonical, site, body);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** What a page says about itself in its head and structured data. */
    static final class Metadata {
        private Metadata() {
        }

        /** The page's schema.org Article (NewsArticle, BlogPosting…) from JSON-LD, or null. */
        static JsonNode articleJsonLd(Document page, ObjectMapper json) {
            for (Element script : page.select("script[type=application/ld+json]")) {
                try {
                    JsonNode found = findArticle(json.readTree(script.data()));
                    if (found != null) {
                        return found;
                    }
                } catch (java.io.IOException e) {
                    // Broken structured data is common; the page is still read without it.
                }
            }
            return null;
        }

        private static JsonNode findArticle(JsonNode node) {
            if (node == null) {
                return null;
            }
            if (node.isArray()) {
                for (JsonNode n : node) {
                    JsonNode f = findArticle(n);
                    if (f != null) {
                        return f;
                    }
                }
                return null;
            }
            if (isArticle(node.get("@type"))) {
                return node;
            }
            return node.has("@graph") ? findArticle(node.get("@graph")) : null;
        }

        private static boolean isArticle(JsonNode type) {
            if (type == null) {
                return false;
            }
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (isArticle(t)) {
                        return true;
                    }
                }
                return false;
            }
            String t = type.asText();
            return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report");
        }

        /** The canonical URL (resolved, tracking parameters removed), else the URL the page came from. */
        static URI canonical(Document page, URI uri) {
            Element link = page.selectFirst("link[rel=canonical][href]");
            if (link != null) {
                String abs = link.absUrl("href");
                if (!abs.isBlank()) {
                    try {
                        return CanonicalUrl.of(new URI(abs));
                    } catch (java.net.URISyntaxException e) {
                        // A broken canonical link: the page's own URL stands.
                    }
                }
            }
            return CanonicalUrl.of(uri);
        }

        /** The site's name: meta og:site_name, else JSON-LD publisher's name; null when neither gives one. */
        static String site(Document page, JsonNode ld) {
            Element meta = page.selectFirst("meta[property=og:site_name][content]");
            String fromLd = ld != null && ld.path("publisher").hasNonNull("name")
                    ? ld.path("publisher").get("name").asText() : null;
            return blankToNull(firstNonBlank(meta == null ? null : meta.attr("content"), fromLd));
        }

        /** The publication time: meta article:published_time, JSON-LD datePublished, then the first time element. */
        static Instant published(Document page, JsonNode ld) {
            List<String> candidates = new ArrayList<>();
            for (Element meta : page.select("meta[property=article:published_time], "
                    + "meta[name=article:published_time], meta[itemprop=datePublished]")) {
                candidates.add(meta.attr("content"));
            }
            if (ld != null && ld.hasNonNull("datePublished")) {
                candidates.add(ld.get("datePublished").asText());
            }
            for (Element time : page.select("time[datetime]")) {
                candidates.add(time.attr("datetime"));
            }
            for (String c : candidates) {
                Instant t = PublishedTime.parse(c);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
    }
}
