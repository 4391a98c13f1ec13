package dev.crosscheck.bench;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The half of a development set a question belongs to, fixed by its article: an article whose id has an even CRC-32
 * is {@code TUNE}, an odd one {@code CHECK}. The rule looks at the id alone, so an article falls in the same half in
 * every set that asks about it, and no article is in both. Fitting and tuning read only the tune half; both are
 * reported.
 */
public enum Part {
    TUNE, CHECK;

    /** The half of an article (or, for a question about no article, of the question's own id). */
    public static Part of(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0 ? TUNE : CHECK;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
