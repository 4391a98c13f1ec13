package dev.crosscheck.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The block a Markdown article may open with — a "---" line, YAML, a "---" line — giving its title and origin. The
 * block is not part of the article's text. Of its keys, title, url, outlet and published are used; the feed fetcher
 * also writes fetched and feed, which like any other key are passed over. Anything wrong is a warning naming the
 * file, and what can be kept is kept: a bad value is left out, a block that cannot be read leaves the file as plain
 * text.
 *
 * @param title the title the block gives, or null
 * @param bodyStart where the article's text starts, just after the block (0 when there is none)
 */
record FrontMatter(String title, Origin origin, int bodyStart) {
    static final FrontMatter NONE = new FrontMatter(null, Origin.NONE, 0);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String FENCE = "---";
    private static final int SHOWN_VALUE_CHARS = 60;
    /** Browsers cope with addresses about this long; a longer one is a mistake and would not fit a chat message. */
    private static final int MAX_URL_CHARS = 2_000;

    /** The front matter at the start of {@code text}, or {@link #NONE}; each problem goes to {@code warn}. */
    static FrontMatter read(String id, String text, Consumer<String> warn) {
        int yamlStart = afterFence(text, 0);
        if (yamlStart < 0) {
            if (afterFence(text.stripLeading(), 0) >= 0) {
                // Front matter opens a file or is none: said, since the block is then read as the article's text.
                warn.accept(id + ": front matter must open the file, with no blank line before it; read as plain text");
            }
            return NONE;
        }
        int closing = yamlStart;
        while (closing < text.length() && afterFence(text, closing) < 0) {
            closing = Headlines.nextLine(text, closing);
        }
        if (closing >= text.length()) {
            warn.accept(id + ": front matter has no closing --- line; read as plain text");
            return NONE;
        }
        JsonNode fields;
        try {
            fields = YAML.readTree(text.substring(yamlStart, closing));
        } catch (JsonProcessingException e) {
            // The opening fence is line 1, so the YAML's line n is the file's line n + 1.
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
            warn.accept(id + ": front matter is not valid YAML" + (line > 1 ? " (line " + line + ")" : "")
                    + "; read as plain text");
            return NONE;
        } catch (IOException | RuntimeException e) {
            warn.accept(id + ": front matter cannot be read (" + e.getClass().getSimpleName()
                    + "); read as plain text");
            return NONE;
        }
        int bodyStart = afterFence(text, closing);
        if (fields.isMissingNode() || fields.isNull()) {
            return new FrontMatter(null, Origin.NONE, bodyStart);
        }
        if (!fields.isObject()) {
            warn.accept(id + ": front matter is not a list of \"key: value\" lines; read as plain text");
            return NONE;
        }
        Fields f = new Fields(id, fields, warn);
        return new FrontMatter(f.text("title"), new Origin(f.url(), f.text("outlet"), f.date("published")), bodyStart);
    }

    /**
     * Where the line after a fence line at {@code from} starts (the text's end when the fence is its last line), or
     * -1 when that line is not a fence. Trailing spaces are forgiven: editors leave them.
     */
    private static int afterFence(String text, int from) {
        if (!text.startsWith(FENCE, from)) {
            return -1;
        }
        int i = from + FENCE.length();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == text.length()) {
            return i;
        }
        return SentenceSplitter.isLineBreak(text.charAt(i)) ? Math.min(text.length(), Headlines.nextLine(text, from))
                : -1;
    }

    /** The values of one block, each checked on its own so that one bad value loses only itself. */
    private record Fields(String id, JsonNode node, Consumer<String> warn) {

        /** A single line of text: YAML may fold a long title over lines, a title shows on one. */
        String text(String key) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isValueNode()) {
                drop(key, "is not a single value");
                return null;
            }
            String s = v.asText().strip().replaceAll("\\s+", " ");
            return s.isEmpty() ? null : s;
        }

        /** Only web addresses: the url becomes a link in chats, where anything else could mislead or break markup. */
        String url() {
            String s = text("url");
            if (s == null) {
                return null;
            }
            if (s.length() > MAX_URL_CHARS) {
                drop("url", "is longer than " + MAX_URL_CHARS + " characters");
                return null;
            }
            try {
                if (WebAddress.isWebPage(new URI(s))) {
                    return s;
                }
            } catch (URISyntaxException e) {
                // Reported below like any other address that is not a web page's.
            }
            drop("url", "\"" + shown(s) + "\" is not an http(s) address");
            return null;
        }

        /** A publication time in one of the forms {@link PublishedTime} reads. */
        Instant date(String key) {
            String s = text(key);
            if (s == null) {
                return null;
            }
            Instant t = PublishedTime.parse(s);
            if (t == null) {
                drop(key, "\"" + shown(s) + "\" is not a date such as 2026-12-01 or 2026-12-01T09:30:00Z");
            }
            return t;
        }

        private void drop(String key, String why) {
            warn.accept(id + ": front matter " + key + " " + why + "; left out");
        }

        private static String shown(String s) {
            return s.length() <= SHOWN_VALUE_CHARS ? s : s.substring(0, SHOWN_VALUE_CHARS - 1) + "…";
        }
    }
}
