package dev.crosscheck.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every .txt, .md and .html article under a folder into a {@link Corpus}, a .md file's front matter and a
 * page's metadata too; a bad file becomes a warning, not a failure. Hidden files and the folder's read-me
 * (README.txt, README.md) are no articles.
 */
public final class CorpusReader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);

    /**
     * Articles are kilobytes (the BBC set's largest is 25 KB): anything bigger than 2 MB is a dump or a book, and its
     * sentences' vectors would exhaust the heap while it is indexed (a fresh user's 20 MB file ran the 512 MB heap
     * out, at start and in the watcher; 5 MB took two minutes to index).
     */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** Past any headline or opening line of the development corpora (the longest, 568 characters, is a paragraph). */
    static final int MAX_TITLE = 1_000;

    private CorpusReader() {
    }

    /**
     * Reads all articles under {@code folder}, recursively, skipping hidden files and folders.
     *
     * @throws CorpusException if the folder does not exist, is not a folder, or cannot be listed
     */
    public static Corpus read(Path folder) {
        Path root = checkRoot(folder);
        List<String> listingWarnings = new ArrayList<>();
        List<Path> files = list(root, listingWarnings);
        // Each file gets its own warning list so parallel reads need no locking and warnings keep file order.
        List<FileResult> results = files.parallelStream()
                .map(file -> {
                    List<String> fileWarnings = new ArrayList<>(1);
                    Optional<Document> doc = readSafely(file, idOf(root.relativize(file)), fileWarnings);
                    return new FileResult(doc, fileWarnings);
                })
                .toList();
        List<Document> documents = new ArrayList<>(results.size());
        List<String> warnings = new ArrayList<>(listingWarnings);
        for (FileResult result : results) {
            result.document().ifPresent(documents::add);
            warnings.addAll(result.warnings());
        }
        return new Corpus(root, documents, warnings);
    }

    /**
     * Reads one file of the corpus under {@code folder} by the same rules as {@link #read}, for a file watcher.
     * Files that would not be part of the corpus (hidden, wrong extension, folders) give an empty result silently;
     * files that should be but cannot be read give an empty result and a warning added to {@code warnings}.
     *
     * @param file absolute, or relative to {@code folder}; must lie inside {@code folder}
     */
    public static Optional<Document> readFile(Path folder, Path file, List<String> warnings) {
        Objects.requireNonNull(warnings, "warnings");
        Path root = folder.toAbsolutePath().normalize();
        Path path = root.resolve(file).toAbsolutePath().normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException(file + " is not inside " + root);
        }
        Path relative = root.relativize(path);
        if (!isCandidate(relative) || Files.isDirectory(path)) {
            return Optional.empty();
        }
        String id = idOf(relative);
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            warn(warnings, id + ": skipped, not a regular file");
            return Optional.empty();
        }
        Optional<String> of = duplicateOf(root, path);
        if (of.isPresent()) {
            warnDuplicate(warnings, root, path, of.get());
            return Optional.empty();
        }
        return readSafely(path, id, warnings);
    }

    private static Path checkRoot(Path folder) {
        Objects.requireNonNull(folder, "folder");
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new CorpusException("seeds folder not found: " + root);
        }
        if (!Files.isDirectory(root)) {
            throw new CorpusException("seeds path is not a folder: " + root);
        }
        if (!Files.isReadable(root)) {
            throw new CorpusException("seeds folder cannot be read: " + root);
        }
        return root;
    }

    /**
     * The id a path under the root is a second way to, through a symbolic link on the way, when the root holds that
     * file or folder anyway: "linkdir -> a" would read every article of "a" twice, as two sources agreeing with each
     * other. Empty for a straight path, and for a link out of the root (articles kept elsewhere are read).
     */
    static Optional<String> duplicateOf(Path root, Path path) {
        try {
            Path realRoot = root.toRealPath();
            Path real = path.toRealPath();
            Path straight = realRoot.resolve(root.toAbsolutePath().normalize().relativize(path.toAbsolutePath()
                    .normalize())).normalize();
            if (real.equals(straight) || !real.startsWith(realRoot)) {
                return Optional.empty();
            }
            return Optional.of(real.equals(realRoot) ? "." : idOf(realRoot.relativize(real)));
        } catch (IOException e) {
            // Broken links and loops are warned about where they are read.
            return Optional.empty();
        }
    }

    private static void warnDuplicate(List<String> warnings, Path root, Path path, String of) {
        warn(warnings, duplicateWarning(root, path, of));
    }

    /** What is said of a path {@link #duplicateOf} found to be a second way to {@code of}. */
    static String duplicateWarning(Path root, Path path, String of) {
        return idOf(root.relativize(path)) + ": skipped, a link to " + (of.equals(".") ? "the seeds folder" : of)
                + ", which is read already";
    }

    private static List<Path> list(Path root, List<String> warnings) {
        List<Path> files = new ArrayList<>();
        try {
            // Following links lets a seeds folder link to articles kept elsewhere; the walker reports link loops.
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (dir.equals(root)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (isHidden(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Optional<String> of = Files.isSymbolicLink(dir) ? duplicateOf(root, dir) : Optional.empty();
                            of.ifPresent(id -> warnDuplicate(warnings, root, dir, id));
                            return of.isPresent() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (isCandidate(root.relativize(file))) {
                                Optional<String> of = attrs.isRegularFile() && Files.isSymbolicLink(file)
                                        ? duplicateOf(root, file) : Optional.empty();
                                if (of.isPresent()) {
                                    warnDuplicate(warnings, root, file, of.get());
                                } else if (attrs.isRegularFile()) {
                                    files.add(file);
                                } else if (attrs.isSymbolicLink()) {
                                    warn(warnings, idOf(root.relativize(file)) + ": skipped, broken symbolic link");
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (file.equals(root)) {
                                throw new CorpusException("seeds folder cannot be read: " + root, e);
                            }
                            if (!isHidden(file)) {
                                String id = idOf(root.relativize(file));
                                warn(warnings, e instanceof FileSystemLoopException
                                        ? id + ": skipped, symbolic link loop"
                                        : id + ": skipped, cannot be read (" + describe(e) + ")");
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new CorpusException("seeds folder cannot be read: " + root + " (" + describe(e) + ")", e);
        }
        files.sort(null);
        return files;
    }

    private static Optional<Document> readSafely(Path file, String id, List<String> warnings) {
        try {
            return load(file, id, warnings);
        } catch (RuntimeException e) {
            // One odd file must not stop ingestion of the rest.
            LOG.warn("{}: skipped, unexpected error", id, e);
            warnings.add(id + ": skipped, unexpected error (" + e + ")");
            return Optional.empty();
        }
    }

    private static Optional<Document> load(Path file, String id, List<String> warnings) {
        byte[] bytes;
        java.time.Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
            if (Files.size(file) > MAX_FILE_BYTES) {
                warn(warnings, id + ": skipped, larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            warn(warnings, id + ": skipped, the file disappeared before it could be read");
            return Optional.empty();
        } catch (AccessDeniedException e) {
            warn(warnings, id + ": skipped, permission denied");
            return Optional.empty();
        } catch (IOException e) {
            warn(warnings, id + ": skipped, cannot be read (" + describe(e) + ")");
            return Optional.empty();
        }
        if (isHtml(id)) {
            return page(file, id, bytes, modified, warnings);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.binary()) {
            warn(warnings, id + ": skipped, binary content, not text");
            return Optional.empty();
        }
        FrontMatter front = isMarkdown(id) ? FrontMatter.read(id, decoded.text(), m -> warn(warnings, m))
                : FrontMatter.NONE;
        // The front matter is about the article, not in it: it is never a sentence, so never quoted or indexed.
        String text = decoded.text().substring(front.bodyStart());
        String firstLine = firstLine(text);
        if (firstLine.isEmpty()) {
            warn(warnings, id + (front.bodyStart() > 0 ? ": skipped, no text after its front matter"
                    : ": skipped, the file is empty"));
            return Optional.empty();
        }
        if (decoded.fellBack()) {
            warn(warnings, id + ": not valid UTF-8, decoded as Windows-1252");
        }
        // An untitled file written as one long line would otherwise be its own title, indexed beside each of its
        // sentences (a 1 MB line took minutes to index).
        String title = Ellipsis.cut(front.title() != null ? front.title() : titleLine(text, firstLine), MAX_TITLE);
        // A plain article may say where it comes from in a byline under its headline, which is then no sentence.
        Origin origin = front.origin().known() ? front.origin() : Bylines.of(text);
        if (origin != front.origin() && origin.known()) {
            text = Bylines.withoutByline(text);
        }
        return Optional.of(new Document(id, title, text, sha256(bytes), SentenceSplitter.split(id, text), modified,
                origin));
    }

    /** A saved web page: read as its article, headline, text and where it comes from, without the page around it. */
    private static boolean isHtml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /**
     * A saved article page, read as the feed fetcher reads one ({@link ArticlePage}): its headline first, then its
     * paragraphs; its canonical address (a web one), site name and publication time are its origin.
     */
    private static Optional<Document> page(Path file, String id, byte[] bytes, java.time.Instant modified,
                                           List<String> warnings) {
        ArticlePage page = ArticlePage.read(bytes, "text/html", file.toUri());
        if (page.paragraphs().isEmpty()) {
            warn(warnings, id + ": skipped, no article text found in the page");
            return Optional.empty();
        }
        String title = page.title() != null ? page.title() : firstLine(page.paragraphs().get(0));
        String text = ArticlePage.headedText(title, String.join("\n\n", page.paragraphs())) + "\n";
        java.net.URI at = page.canonical();
        String url = at != null && ("http".equals(at.getScheme()) || "https".equals(at.getScheme())) ? at.toString()
                : null;
        return Optional.of(new Document(id, Ellipsis.cut(title, MAX_TITLE), text, sha256(bytes),
                SentenceSplitter.split(id, text), modified, new Origin(url, page.site(), page.published())));
    }

    /** Only Markdown files have front matter; a .txt file that starts with "---" means it as text. */
    private static boolean isMarkdown(String id) {
        return id.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** First line with any visible character, trimmed; empty for a blank text. */
    static String firstLine(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && SentenceSplitter.isSpace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < n && !SentenceSplitter.isLineBreak(text.charAt(end))) {
                end++;
            }
            while (end > i && SentenceSplitter.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end > i) {
                return text.substring(i, end);
            }
        }
        return "";
    }

    /**
     * The first line with a letter or digit in it: a fence or a rule ("---", "***") is no title, as a file whose
     * front matter could not be read ("---" first) had shown.
     */
    private static String titleLine(String text, String firstLine) {
        for (int at = 0, next; at < text.length(); at = next) {
            next = Math.min(text.length(), Math.max(at + 1, Headlines.nextLine(text, at)));
            String line = firstLine(text.substring(at, next));
            if (line.codePoints().anyMatch(Character::isLetterOrDigit)) {
                return line;
            }
        }
        return firstLine;
    }

    private static boolean isCandidate(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        // A data set's README says what the folder holds; quoted as a news source it would answer "how many
        // documents" questions and turn up in summaries.
        return (name.endsWith(".txt") || name.endsWith(".md") || isHtml(name)) && !name.matches("readme\\.(txt|md)");
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** A document's id: its path relative to the corpus folder, with '/' separators on every platform. */
    static String idOf(Path relative) {
        StringBuilder id = new StringBuilder();
        for (Path part : relative) {
            if (id.length() > 0) {
                id.append('/');
            }
            id.append(part);
        }
        return id.toString();
    }

    /** The hex SHA-256 of some bytes: a document's content hash, and a fetched article's. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void warn(List<String> warnings, String message) {
        LOG.warn(message);
        warnings.add(message);
    }

    private record FileResult(Optional<Document> document, List<String> warnings) {
    }
}
