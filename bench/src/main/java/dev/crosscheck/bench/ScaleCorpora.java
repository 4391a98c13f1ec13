package dev.crosscheck.bench;

import dev.crosscheck.corpus.TextDecoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Builds the scale benchmark's corpora from a folder of topic subfolders (the BBC set) in a work folder: an even
 * subset of its articles, and the folder several times over with each copy after the first reworded by
 * {@link TextVariation}. A corpus already built from the same source the same way is reused.
 */
public final class ScaleCorpora {
    /** Written last into a finished corpus (hidden, so the reader skips it); it says how the corpus was built. */
    static final String MARKER = ".scale-corpus";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path source;
    private final Path work;
    private final PrintWriter log;

    public ScaleCorpora(Path source, Path work, PrintWriter log) {
        this.source = source.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        this.log = log;
    }

    /**
     * {@code articles} articles spread evenly over the source's sorted article list, so each topic folder keeps its
     * share, in the same folders; top-level files (the README) are copied as they are.
     */
    public Path subset(int articles) {
        List<Path> all = articles();
        if (articles <= 0 || articles > all.size()) {
            throw new IllegalArgumentException("a subset of " + articles + " from " + all.size() + " articles");
        }
        String how = "subset of " + articles + " from " + describe(all);
        return build(source.getFileName() + "-" + articles, how, target -> {
            copyTopLevel(target);
            for (int i = 0; i < all.size(); i++) {
                // Article i is taken when it crosses the next multiple of size/articles: exactly `articles`, evenly.
                if ((long) (i + 1) * articles / all.size() > (long) i * articles / all.size()) {
                    copy(all.get(i), target.resolve(source.relativize(all.get(i)).toString()));
                }
            }
        });
    }

    /**
     * The whole source {@code copies} times, in folders copy-0, copy-1…: copy 0 is byte for byte the source, the
     * others have their articles' text varied by {@link TextVariation} and keep their encoding.
     */
    public Path copies(int copies) {
        if (copies < 1 || copies > TextVariation.VARIED_COPIES + 1) {
            throw new IllegalArgumentException("1 to " + (TextVariation.VARIED_COPIES + 1) + " copies: " + copies);
        }
        List<Path> all = articles();
        String how = copies + " copies of " + describe(all) + ", variation " + TextVariation.fingerprint();
        return build(source.getFileName() + "-x" + copies, how, target -> {
            for (int c = 0; c < copies; c++) {
                Path copy = target.resolve("copy-" + c);
                copyTopLevel(copy);
                TextVariation variation = TextVariation.of(c);
                for (Path article : all) {
                    Path to = copy.resolve(source.relativize(article).toString());
                    if (c == 0) {
                        copy(article, to);
                    } else {
                        vary(article, to, variation);
                    }
                }
            }
        });
    }

    private interface Builder {
        void fill(Path target) throws IOException;
    }

    private Path build(String name, String how, Builder builder) {
        Path target = work.resolve(name);
        try {
            if (how.equals(marker(target))) {
                log.printf(Locale.ROOT, "reusing %s (%s)%n", target, how);
                log.flush();
                return target;
            }
            long start = System.nanoTime();
            // Built beside the target and moved in whole, so an interrupted build is never taken for a finished one.
            Path partial = work.resolve("." + name + ".partial");
            Folders.delete(partial);
            Files.createDirectories(partial);
            builder.fill(partial);
            Files.writeString(partial.resolve(MARKER), how, StandardCharsets.UTF_8);
            if (Files.exists(target)) {
                if (marker(target) == null) {
                    throw new IllegalStateException(target + " exists but was not built by the scale benchmark;"
                            + " move it away or pick another work folder");
                }
                Folders.delete(target);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            long[] size = size(target);
            log.printf(Locale.ROOT, "built %s: %,d files, %.1f MB in %.1f s (%s)%n", target, size[0], size[1] / 1e6,
                    (System.nanoTime() - start) / 1e9, how);
            log.flush();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the corpus " + target, e);
        }
    }

    private static String marker(Path corpus) throws IOException {
        Path marker = corpus.resolve(MARKER);
        return Files.isRegularFile(marker) ? Files.readString(marker, StandardCharsets.UTF_8) : null;
    }

    /** The source and its article count: a different or grown source must not reuse an old build. */
    private String describe(List<Path> articles) {
        return source + " (" + articles.size() + " articles)";
    }

    /** Files in the topic folders, sorted; hidden files and folders are left out as the reader leaves them out. */
    private List<Path> articles() {
        try (Stream<Path> files = Files.walk(source)) {
            List<Path> out = new ArrayList<>(files
                    .filter(p -> Files.isRegularFile(p) && p.getParent() != null && !p.getParent().equals(source))
                    .filter(p -> !hidden(source.relativize(p)))
                    .toList());
            out.sort(Comparator.comparing(p -> source.relativize(p).toString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + source, e);
        }
    }

    private void copyTopLevel(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !hidden(p.getFileName())).toList()) {
                copy(f, target.resolve(f.getFileName().toString()));
            }
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void copy(Path from, Path to) throws IOException {
        // Bytes rather than Files.copy: a read-only source's permissions must not come along.
        Files.createDirectories(to.getParent());
        Files.write(to, Files.readAllBytes(from));
    }

    /** Rewrites an article's text in the encoding it came in, so a Windows-1252 file stays one in every copy. */
    private static void vary(Path from, Path to, TextVariation variation) throws IOException {
        String name = from.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes = Files.readAllBytes(from);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!(name.endsWith(".txt") || name.endsWith(".md")) || decoded.binary()) {
            copy(from, to);
            return;
        }
        String text = variation.apply(decoded.text());
        Files.createDirectories(to.getParent());
        Files.write(to, decoded.fellBack() ? encode(text, WINDOWS_1252) : text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] encode(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            // The decoder's replacement character has no Windows-1252 byte; such a file is written as UTF-8.
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Files (the marker excluded) and bytes under a folder. */
    static long[] size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            long[] out = new long[2];
            files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(MARKER)).forEach(p -> {
                out[0]++;
                out[1] += p.toFile().length();
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
