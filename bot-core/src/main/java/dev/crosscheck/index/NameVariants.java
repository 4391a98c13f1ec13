package dev.crosscheck.index;

import dev.crosscheck.corpus.Corpus;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Groups capitalised names in a corpus that are spelling or transliteration variants of each other.
 *
 * <p>Thread-safe: {@link #addText}, {@link #addName} and {@link #variantsOf} may run concurrently. Variants are
 * direct (pairwise) matches, not transitive closures, so a chain of small differences cannot drift into a different
 * name. Words seen capitalised mid-sentence less often than in lowercase are treated as ordinary words that started
 * a sentence (The, However, Barely): they are never offered as variants and get none themselves.
 */
public final class NameVariants {

    private static final class Entry {
        final Transliteration.Folded folded;
        final AtomicInteger midSentence = new AtomicInteger();
        volatile boolean explicit;
        /** Seen with a lowercase letter; all-caps acronyms (NYSE, CNN) are not transliterated names. */
        volatile boolean mixedCase;
        /** Seen after a title of address ("Mr Garnier", "Dr Smith"): the name of a person. */
        volatile boolean person;

        Entry(Transliteration.Folded folded) {
            this.folded = folded;
        }
    }

    /** Titles of address in English news: the capitalised word after one is a person's name. */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame",
            "Lord", "Lady", "Prof", "Professor", "Rev");
    /** Checked first, so most capitalised words are not copied into a string to be looked up. */
    private static final String HONORIFIC_INITIALS = "MDSLPR";
    private static final int LONGEST_HONORIFIC = 9;
    /** Lowercase uses are counted only for words this long or longer. */
    private static final int MIN_COUNTED_LOWERCASE = 4;

    /** Lowercased surface form (possessive removed) to its folding and counts. */
    private final ConcurrentHashMap<String, Entry> names = new ConcurrentHashMap<>();
    /** Sorted-consonant key to the surface forms under it; the only structure a lookup scans. */
    private final ConcurrentHashMap<String, Set<String>> blocks = new ConcurrentHashMap<>();
    /**
     * Lowercase occurrences of words of four letters or more by 64-bit hash, to tell names from sentence-initial
     * common words. Lowercase tokens are most of the text, so they are hashed in place rather than copied into a
     * string and a map entry each; 64 bits make a collision among corpus words negligible. Guarded by itself.
     */
    private final LongCounts lowercase = new LongCounts();

    private NameVariants() {
    }

    public static NameVariants empty() {
        return new NameVariants();
    }

    /** The vocabulary of a corpus's articles. */
    public static NameVariants of(Corpus corpus) {
        NameVariants names = new NameVariants();
        // addText is thread-safe; over thousands of articles the vocabulary was a third of a restart.
        corpus.documents().parallelStream().forEach(d -> names.addText(d.text()));
        return names;
    }

    /**
     * Adds every capitalised word (a token starting with an uppercase letter, letters/apostrophes/hyphens inside) of
     * the text to the vocabulary. Thread-safe.
     */
    public void addText(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        // Counted locally first: one shared-map update per distinct word instead of per token.
        Map<String, int[]> capitalised = new HashMap<>();
        LongCounts lower = new LongCounts();
        char[] chars = text.toCharArray(); // cheaper to scan than charAt on a UTF-16 string
        int n = chars.length;
        boolean sentenceStart = true;
        boolean afterTitle = false;
        boolean afterHonorific = false;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (!isLetter(c)) {
                if (c == '.' && afterTitle) {
                    afterTitle = false; // "Mr. Brown" is mid-sentence
                } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || c == '\u201C'
                        || c == '(' || c == '\u2022' || c == '-' && i + 1 < n && chars[i + 1] == ' ') {
                    sentenceStart = true;
                } else if (Character.isDigit(c)) {
                    sentenceStart = false;
                }
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n) {
                char d = chars[i];
                if (isLetter(d) || d >= 0x300 && Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((d == '-' || Transliteration.isApostrophe(d)) && i + 1 < n && isLetter(chars[i + 1])) {
                    i += 2;
                } else {
                    break;
                }
            }
            boolean upper = Character.isUpperCase(c) || Character.isTitleCase(c);
            // Mr., Mrs., Dr., St.: short, not all capitals (U.S. does end sentences), followed by a full stop.
            afterTitle = upper && i - start <= 3 && i - start >= 2 && Character.isLowerCase(chars[start + 1])
                    && i < n && chars[i] == '.';
            boolean honorific = upper && i - start <= LONGEST_HONORIFIC && HONORIFIC_INITIALS.indexOf(c) >= 0
                    && HONORIFICS.contains(text.substring(start, i));
            if (upper) {
                int[] counts = capitalised.computeIfAbsent(text.substring(start, i), k -> new int[4]);
                counts[sentenceStart ? 0 : 1]++;
                if (counts[2] == 0 && hasLowercase(chars, start, i)) {
                    counts[2] = 1;
                }
                if (afterHonorific && !honorific) {
                    counts[3] = 1;
                }
            } else if (i - start >= MIN_COUNTED_LOWERCASE) {
                int end = i;
                if (chars[end - 1] == 's' && Transliteration.isApostrophe(chars[end - 2])) {
                    end -= 2;
                }
                // Inner capitals (iPhone) are too rare to pay for lowercasing every token.
                lower.add(hash(chars, start, end), 1);
            }
            sentenceStart = false;
            afterHonorific = honorific;
        }
        synchronized (lowercase) {
            lowercase.addAll(lower);
        }
        for (Map.Entry<String, int[]> e : capitalised.entrySet()) {
            Entry entry = add(e.getKey());
            if (entry != null) {
                entry.midSentence.addAndGet(e.getValue()[1]);
                if (e.getValue()[2] == 1) {
                    entry.mixedCase = true;
                }
                if (e.getValue()[3] == 1) {
                    entry.person = true;
                }
            }
        }
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    private static boolean hasLowercase(char[] chars, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Character.isLowerCase(chars[k])) {
                return true;
            }
        }
        return false;
    }

    private int lowercaseCount(String surface) {
        long key = hash(surface.toCharArray(), 0, surface.length());
        synchronized (lowercase) {
            return lowercase.get(key);
        }
    }

    /** FNV-1a over UTF-16 units, never 0 (the empty slot of {@link LongCounts}). */
    private static long hash(char[] chars, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int k = start; k < end; k++) {
            h = (h ^ chars[k]) * 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** Open-addressing map from non-zero long keys to int counts; not thread-safe by itself. */
    private static final class LongCounts {
        private long[] keys = new long[1024];
        private int[] counts = new int[1024];
        private int size;

        void add(long key, int delta) {
            int mask = keys.length - 1;
            int slot = (int) (key ^ (key >>> 32)) & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == 0) {
                keys[slot] = key;
                if (++size * 2 > keys.length) {
                    counts[slot] += delta;
                    grow();
                    return;
                }
            }
            counts[slot] += delta;
        }

        int get(long key) {
            int mask = keys.length - 1;
            int slot = (int) (key ^ (key >>> 32)) & mask;
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    return counts[slot];
                }
                slot = (slot + 1) & mask;
            }
            return 0;
        }

        void addAll(LongCounts other) {
            for (int k = 0; k < other.keys.length; k++) {
                if (other.keys[k] != 0) {
                    add(other.keys[k], other.counts[k]);
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            size = 0;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != 0) {
                    add(oldKeys[k], oldCounts[k]);
                }
            }
        }
    }

    /** Adds a name that is known to be a name, so it is never discarded as a common word. */
    public void addName(String name) {
        if (name == null) {
            return;
        }
        Entry entry = add(name);
        if (entry != null) {
            entry.explicit = true;
            entry.mixedCase = true;
        }
    }

    private Entry add(String word) {
        String surface = Transliteration.stripPossessive(word.strip().toLowerCase(Locale.ROOT));
        if (surface.isEmpty()) {
            return null;
        }
        Entry existing = names.get(surface);
        if (existing != null) {
            return existing;
        }
        Transliteration.Folded folded = Transliteration.fold(surface);
        if (folded.plain().isEmpty()) {
            return null;
        }
        Entry created = new Entry(folded);
        Entry raced = names.putIfAbsent(surface, created);
        if (raced != null) {
            return raced;
        }
        block(folded.key(), surface);
        if (folded.stemKey() != null && !folded.stemKey().equals(folded.key())) {
            block(folded.stemKey(), surface);
        }
        return created;
    }

    private void block(String key, String surface) {
        blocks.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(surface);
    }

    /**
     * Variants of the word that occur in the corpus vocabulary, lowercased, excluding the word itself (lowercased);
     * empty when none. Works whatever the case of the input word (questions may be typed in lowercase: "kiev").
     */
    public Set<String> variantsOf(String word) {
        if (word == null || word.isBlank()) {
            return Set.of();
        }
        Transliteration.Folded query = Transliteration.fold(word);
        String self = word.strip().toLowerCase(Locale.ROOT);
        Entry known = names.get(query.surface());
        if (known == null ? lowercaseCount(query.surface()) > 0 : isCommonWord(query.surface(), known)) {
            return Set.of(); // an ordinary word ("being", "barely") gets no name variants (Beijing, Barley)
        }
        Set<String> out = new TreeSet<>();
        collect(query, self, blocks.get(query.key()), out);
        if (query.stemKey() != null) {
            collect(query, self, blocks.get(query.stemKey()), out);
        }
        return out.isEmpty() ? Set.of() : Collections.unmodifiableSet(out);
    }

    private void collect(Transliteration.Folded query, String self, Set<String> block, Set<String> out) {
        if (block == null) {
            return;
        }
        for (String candidate : block) {
            if (candidate.equals(self) || candidate.equals(query.surface()) || out.contains(candidate)) {
                continue;
            }
            Entry entry = names.get(candidate);
            if (entry != null && entry.mixedCase && !isCommonWord(candidate, entry)
                    && Transliteration.variants(query, entry.folded)) {
                out.add(candidate);
            }
        }
    }

    // A capitalised word seen more often in lowercase than capitalised mid-sentence is an ordinary word that
    // happened to start a sentence; offering it as a name variant would pull in unrelated sentences.
    private boolean isCommonWord(String surface, Entry entry) {
        return !entry.explicit && lowercaseCount(surface) > entry.midSentence.get();
    }

    /**
     * Whether the corpus writes the word only as a name: capitalised within sentences, never in lowercase, and not
     * all in capitals (an acronym's lowercase form is no spelling of it). "kharkiv" typed in a chat is Kharkiv. Only
     * words of four letters or more can tell: lowercase uses of shorter ones ("in", "the") are not counted.
     */
    public boolean writesOnlyAsName(String word) {
        String surface = word.strip().toLowerCase(Locale.ROOT);
        Entry entry = surface.length() >= MIN_COUNTED_LOWERCASE ? names.get(surface) : null;
        return entry != null && entry.mixedCase && entry.midSentence.get() > 0 && lowercaseCount(surface) == 0;
    }

    /** Whether the corpus writes the word after a title of address ("Mr Garnier"): it names a person. */
    public boolean isPerson(String word) {
        Entry entry = names.get(Transliteration.stripPossessive(word.strip().toLowerCase(Locale.ROOT)));
        return entry != null && entry.person;
    }

    /**
     * Whether a capitalised word is an ordinary word that happened to be capitalised ("Several" opening a
     * sentence): the corpus has it more often in lowercase than capitalised mid-sentence.
     */
    public boolean isCommonWord(String word) {
        String surface = Transliteration.stripPossessive(word.strip().toLowerCase(Locale.ROOT));
        Entry entry = names.get(surface);
        return entry == null ? lowercaseCount(surface) > 0 : isCommonWord(surface, entry);
    }

    /** Whether the corpus writes a name that is this one's demonym, or whose demonym this is ("Polish", "Poland"). */
    public boolean hasDemonymOf(String word) {
        for (String name : names.keySet()) {
            if (Demonyms.related(word, name)) {
                return true;
            }
        }
        return false;
    }

    /** True when the two words are variants of each other by the folding rules, regardless of the vocabulary. */
    public static boolean areVariants(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return Transliteration.variants(Transliteration.fold(a), Transliteration.fold(b));
    }

    /**
     * A key that spellings of one name usually share (its folded consonant skeleton), for ids that must not change
     * when a later source spells a name differently. Adjectives key by their stem (Sviatoshynskyi as Sviatoschin).
     */
    public static String key(String word) {
        var f = Transliteration.fold(word);
        return f.stemKey() != null ? f.stemKey() : f.key();
    }

    /**
     * Writes the vocabulary: every name with its counts and marks, and the lowercase counts. {@link #readFrom} reads
     * it back as it was.
     */
    void writeTo(DataOutputStream out) throws IOException {
        List<Map.Entry<String, Entry>> entries = List.copyOf(names.entrySet()); // the count must match the entries
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> e : entries) {
            Entry entry = e.getValue();
            out.writeUTF(e.getKey());
            out.writeInt(entry.midSentence.get());
            out.writeByte((entry.explicit ? 1 : 0) | (entry.mixedCase ? 2 : 0) | (entry.person ? 4 : 0));
        }
        synchronized (lowercase) {
            out.writeInt(lowercase.size);
            for (int k = 0; k < lowercase.keys.length; k++) {
                if (lowercase.keys[k] != 0) {
                    out.writeLong(lowercase.keys[k]);
                    out.writeInt(lowercase.counts[k]);
                }
            }
        }
    }

    /** A vocabulary as {@link #writeTo} wrote it. */
    static NameVariants readFrom(DataInputStream in) throws IOException {
        NameVariants read = new NameVariants();
        int names = in.readInt();
        for (int i = 0; i < names; i++) {
            String surface = in.readUTF();
            int midSentence = in.readInt();
            int marks = in.readByte();
            Entry entry = read.add(surface);
            if (entry == null) {
                throw new IOException("not a name: " + surface);
            }
            entry.midSentence.set(midSentence);
            entry.explicit = (marks & 1) != 0;
            entry.mixedCase = (marks & 2) != 0;
            entry.person = (marks & 4) != 0;
        }
        int lowercase = in.readInt();
        for (int i = 0; i < lowercase; i++) {
            long key = in.readLong();
            int count = in.readInt();
            if (key == 0) {
                throw new IOException("empty lowercase key");
            }
            read.lowercase.add(key, count);
        }
        return read;
    }

    /** Number of distinct capitalised words (lowercased, possessive removed) in the vocabulary. */
    public int size() {
        return names.size();
    }
}
