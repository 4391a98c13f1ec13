package dev.crosscheck.corpus;

import java.time.Instant;

/**
 * Where an article comes from, as its front matter says: the address of the page, the outlet that published it and
 * when. Each part is null when the file does not say (always, for a file without front matter).
 */
public record Origin(String url, String outlet, Instant published) {
    /** A file that says nothing about where it comes from. */
    public static final Origin NONE = new Origin(null, null, null);

    public Origin {
        url = blankToNull(url);
        outlet = blankToNull(outlet);
    }

    /** Whether any part is known; a plain file's origin is not. */
    public boolean known() {
        return url != null || outlet != null || published != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
