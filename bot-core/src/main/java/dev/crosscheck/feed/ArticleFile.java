package dev.crosscheck.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.corpus.ArticlePage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A fetched article as a Markdown file in the seeds folder, {@code feeds/<outlet>/<yyyy-mm-dd>-<slug>.md}, with
 * front matter (title, url, outlet, published, fetched, feed) that the corpus reader turns into the citation's link.
 */
public final class ArticleFile {
    /** The folder under the seeds folder that fetched articles are written to. */
    public static final String FOLDER = "feeds";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SLUG_LENGTH = 60;

    private ArticleFile() {
    }

    /** A free path, relative to the seeds folder, for an article of this outlet, day and title. */
    public static String pathFor(Path seeds, String outlet, Instant day, String title) {
        String date = day.atZone(ZoneOffset.UTC).toLocalDate().toString();
        String base = FOLDER + "/" + slug(outlet, "outlet") + "/" + date + "-" + slug(title, "article");
        String path = base + ".md";
        for (int n = 2; Files.exists(seeds.resolve(path)); n++) {
            path = base + "-" + n + ".md";
        }
        return path;
    }

    /** The file's whole text: front matter, the headline, then the paragraphs. */
    public static String text(StoredArticle a) {
        Map<String, String> front = new LinkedHashMap<>();
        front.put("title", a.title());
        front.put("url", a.url());
        front.put("outlet", a.outlet());
        front.put("published", a.published() == null ? null : a.published().toString());
        front.put("fetched", a.fetched().toString());
        front.put("feed", a.feed());
        StringBuilder out = new StringBuilder("---\n");
        front.forEach((k, v) -> {
            if (v != null) {
                out.append(k).append(": ").append(quoted(v)).append('\n');
            }
        });
        out.append("---\n");
        out.append(ArticlePage.headedText(a.title(), a.text())).append('\n');
        return out.toString();
    }

    /** Writes the article where its record says, whole or not at all (the folder watcher never sees half a file). */
    public static void write(Path seeds, StoredArticle a) throws IOException {
        Path file = seeds.resolve(a.path()).normalize();
        if (!file.startsWith(seeds.normalize())) {
            throw new IOException("refusing to write outside the seeds folder: " + a.path());
        }
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling("." + file.getFileName() + ".part");
        Files.writeString(part, text(a), StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String quoted(String v) {
        try {
            // A JSON string is a YAML double-quoted scalar: every character survives, colons and quotes included.
            return JSON.writeValueAsString(v.replaceAll("[\\r\\n]+", " "));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String slug(String text, String fallback) {
        String plain = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > SLUG_LENGTH) {
            int cut = plain.lastIndexOf('-', SLUG_LENGTH);
            plain = plain.substring(0, cut > SLUG_LENGTH / 2 ? cut : SLUG_LENGTH);
        }
        return plain.isEmpty() ? fallback : plain;
    }
}
