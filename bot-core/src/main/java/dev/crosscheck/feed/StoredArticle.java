package dev.crosscheck.feed;

import java.time.Instant;

/**
 * An article fetched from a feed, as the ledger keeps it; every process writes its text to {@code path} in its seeds
 * folder.
 *
 * @param id the ledger's number for it, increasing in the order articles were stored; ignored when adding
 * @param url its canonical URL
 * @param outlet who published it ("bbc", "reuters")
 * @param published when the feed says it was published; {@code null} when it does not say
 * @param fetched when it was fetched
 * @param feed the URL of the feed it came from
 * @param title its headline ("" when it has none)
 * @param text what is written to the file
 * @param hash the content hash that finds the same story again at the same outlet
 * @param path the file it is written to, relative to the seeds folder
 */
public record StoredArticle(long id, String url, String outlet, Instant published, Instant fetched, String feed,
        String title, String text, String hash, String path) {
}
