package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    // Shorter than the product default to keep the class quick; the behaviour does not depend on the value.
    private static final Duration DEBOUNCE = Duration.ofMillis(200);
    private static final long WAIT_SECONDS = 5;

    @TempDir
    Path dir;

    private final BlockingQueue<CorpusChange> changes = new LinkedBlockingQueue<>();
    private final List<FolderWatcher> watchers = new ArrayList<>();

    @AfterEach
    void closeWatchers() {
        watchers.forEach(FolderWatcher::close);
    }

    private FolderWatcher watch(Path folder) {
        return watch(folder, changes::add);
    }

    private FolderWatcher watch(Path folder, Consumer<CorpusChange> listener) {
        FolderWatcher watcher = FolderWatcher.start(folder, DEBOUNCE, listener);
        watchers.add(watcher);
        return watcher;
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private CorpusChange next() throws InterruptedException {
        CorpusChange change = changes.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(change, "no change reported within " + WAIT_SECONDS + " s");
        return change;
    }

    /** Writes a marker article and expects it alone in the next batch, proving nothing else was reported before. */
    private void assertNothingElseReported() throws Exception {
        String marker = "marker-" + System.nanoTime() + ".txt";
        write(marker, "Marker\nWritten after everything else.");
        CorpusChange change = next();
        assertEquals(List.of(marker), ids(change.upserted()), "unexpected batch " + change);
        assertEquals(List.of(), change.removed());
        assertEquals(List.of(), change.warnings());
    }

    private static List<String> ids(List<Document> documents) {
        return documents.stream().map(Document::id).toList();
    }

    private static boolean watcherThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals(FolderWatcher.THREAD_NAME));
    }

    @Test
    void newFileIsReportedWithItsDocument() throws Exception {
        watch(dir);

        write("001.txt", "Strikes hit Kyiv\nRussia fired 81 missiles overnight.");

        CorpusChange change = next();
        assertEquals(1, change.upserted().size());
        Document document = change.upserted().get(0);
        assertEquals("001.txt", document.id());
        assertEquals("Strikes hit Kyiv", document.title());
        assertEquals("Strikes hit Kyiv\nRussia fired 81 missiles overnight.", document.text());
        assertEquals(CorpusReader.readFile(dir, dir.resolve("001.txt"), new ArrayList<>()).orElseThrow().hash(),
                document.hash());
        assertEquals(List.of(), change.removed());
        assertEquals(List.of(), change.warnings());
    }

    @Test
    void aFileWrittenAfterTheListenersReadButBeforeTheWatchIsReported() throws Exception {
        write("old.txt", "Old news\nAlready indexed.");
        write("empty.txt", "");
        Corpus known = CorpusReader.read(dir);
        assertFalse(known.warnings().isEmpty(), "an empty file is warned about: " + known.warnings());
        // Copied in while the listener was building its index from `known`, before the watch began.
        write("late.txt", "Late news\nCopied in during start-up.");
        watchers.add(FolderWatcher.start(dir, DEBOUNCE, known, changes::add));

        CorpusChange change = next();
        assertEquals(List.of("late.txt"), ids(change.upserted()));
        assertEquals(List.of(), change.removed());
        assertEquals(List.of(), change.warnings(), "the empty file was warned about at start already");
        assertNothingElseReported();
    }

    @Test
    void articlesPresentAtStartAreNotReported() throws Exception {
        write("old.txt", "Old news\nAlready indexed.");
        write("sport/older.md", "Older news\nAlso indexed.");
        watch(dir);

        assertNothingElseReported();
    }

    @Test
    void modifiedFileWrittenInSeveralStepsIsReportedOnceWhenStable() throws Exception {
        Path file = write("article.txt", "Headline\nFirst version.");
        watch(dir);

        // An editor or a slow copy: several writes, each well inside the debounce window.
        Files.writeString(file, "Headline\n");
        for (int i = 1; i <= 3; i++) {
            Thread.sleep(40);
            Files.writeString(file, "Part " + i + ". ", StandardOpenOption.APPEND);
        }

        CorpusChange change = next();
        assertEquals(List.of("article.txt"), ids(change.upserted()));
        assertEquals("Headline\nPart 1. Part 2. Part 3. ", change.upserted().get(0).text());
        assertNothingElseReported();
    }

    @Test
    void copyOfManyFilesArrivesAsOneBatch() throws Exception {
        watch(dir);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = String.format("batch/%02d.txt", i);
            write(id, "Article " + i + "\nBody " + i + ".");
            expected.add(id);
        }

        assertEquals(expected, ids(next().upserted()));
    }

    @Test
    void fileWrittenWithoutPauseDoesNotHoldBackOtherArticles() throws Exception {
        Path log = write("live-blog.txt", "Live blog\n");
        watch(dir);

        write("breaking.txt", "Breaking\nReported although the live blog never settles.");
        CorpusChange change = null;
        while (change == null) {
            Files.writeString(log, "Another update. ", StandardOpenOption.APPEND);
            change = changes.poll(DEBOUNCE.toMillis() / 2, TimeUnit.MILLISECONDS);
        }

        assertEquals(List.of("breaking.txt"), ids(change.upserted()));
    }

    @Test
    void deletedFileIsReportedInRemoved() throws Exception {
        Path file = write("gone.txt", "Gone\nSoon deleted.");
        write("kept.txt", "Kept\nStays.");
        watch(dir);

        Files.delete(file);

        CorpusChange change = next();
        assertEquals(List.of("gone.txt"), change.removed());
        assertEquals(List.of(), change.upserted());
    }

    @Test
    void deletedFolderReportsEveryArticleUnderIt() throws Exception {
        write("region/a.txt", "A\nText a.");
        write("region/east/b.md", "B\nText b.");
        write("region/east/photo.jpg", "not an article");
        write("other.txt", "Other\nStays.");
        watch(dir);

        TestCores.deleteTree(dir.resolve("region"));

        List<String> removed = new ArrayList<>();
        while (removed.size() < 2) {
            removed.addAll(next().removed());
        }
        assertEquals(List.of("region/a.txt", "region/east/b.md"), removed.stream().sorted().toList());
        assertNothingElseReported();
    }

    @Test
    void aLinkToWhatTheSeedsHoldAnywayAddsNothing() throws Exception {
        // A loop link made while watching had added every article a second time, as another source.
        write("a/story.txt", "Story\nThe bridge reopened on Monday.");
        watch(dir);
        Files.createSymbolicLink(dir.resolve("selfloop"), dir);
        Files.createSymbolicLink(dir.resolve("again"), dir.resolve("a"));
        Files.createSymbolicLink(dir.resolve("copy.txt"), dir.resolve("a/story.txt"));
        CorpusChange change = next();
        assertEquals(List.of(), ids(change.upserted()), change.toString());
        assertEquals(List.of("copy.txt: skipped, a link to a/story.txt, which is read already"), change.warnings());
        assertNothingElseReported();
    }

    @Test
    void aFileReplacedByAFolderOfItsNameIsRemoved() throws Exception {
        // Its article had still been listed and quoted after the file was gone.
        write("sto.txt", "Stork report\nThe sanctuary housed 246 storks.");
        watch(dir);
        Files.delete(dir.resolve("sto.txt"));
        Files.createDirectory(dir.resolve("sto.txt"));
        List<String> removed = new ArrayList<>();
        for (long end = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L; removed.isEmpty() && System.nanoTime() < end;) {
            removed.addAll(next().removed());
        }
        assertEquals(List.of("sto.txt"), removed);
    }

    @Test
    void fileInNewNestedFolderIsReported() throws Exception {
        watch(dir);

        write("2024/ukraine/strike.txt", "Strike\nNested two levels down.");

        CorpusChange change = next();
        assertEquals(List.of("2024/ukraine/strike.txt"), ids(change.upserted()));

        // The new folders are watched too, not only walked once.
        write("2024/ukraine/later.md", "Later\nWritten after the folder was registered.");
        assertEquals(List.of("2024/ukraine/later.md"), ids(next().upserted()));
    }

    @Test
    void renamedFileIsReportedAsRemovedOldAndUpsertedNew() throws Exception {
        Path file = write("draft.txt", "Story\nSame content after the rename.");
        watch(dir);

        Files.move(file, dir.resolve("final.txt"), StandardCopyOption.ATOMIC_MOVE);

        CorpusChange change = next();
        assertEquals(List.of("draft.txt"), change.removed());
        assertEquals(List.of("final.txt"), ids(change.upserted()));
    }

    @Test
    void renamedFolderMovesEveryIdAndKeepsBeingWatched() throws Exception {
        write("old/a.txt", "A\nText a.");
        watch(dir);

        Files.move(dir.resolve("old"), dir.resolve("new"), StandardCopyOption.ATOMIC_MOVE);

        CorpusChange change = next();
        assertEquals(List.of("old/a.txt"), change.removed());
        assertEquals(List.of("new/a.txt"), ids(change.upserted()));

        // The folder keeps its watch across the rename; events must carry its new name.
        write("new/b.txt", "B\nWritten after the rename.");
        assertEquals(List.of("new/b.txt"), ids(next().upserted()));
    }

    @Test
    void touchOrRewriteWithoutContentChangeReportsNothing() throws Exception {
        Path file = write("same.txt", "Same\nUnchanged text.");
        watch(dir);

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        Files.writeString(file, "Same\nUnchanged text.");

        assertNothingElseReported();
    }

    @Test
    void nonArticleAndEditorTempFilesAreIgnored() throws Exception {
        watch(dir);

        write("photo.jpg", "jpeg bytes");
        write("data.json", "{}");
        write(".hidden.txt", "Hidden\nNot an article.");
        write(".#story.txt", "Emacs lock");
        write("story.txt~", "Backup\nNot an article.");
        write(".story.txt.swp", "vim swap");
        write(".cache/inside.txt", "Hidden folder\nNot an article.");

        assertNothingElseReported();
    }

    @Test
    void fileThatVanishesBeforeItIsReadIsSkippedWithoutStoppingTheWatcher() throws Exception {
        watch(dir);

        Path file = write("flash.txt", "Flash\nHere and gone.");
        Files.delete(file);

        assertNothingElseReported();
    }

    @Test
    void articleThatBecomesUnreadableIsRemovedWithAWarning() throws Exception {
        Path file = write("story.txt", "Story\nReadable for now.");
        watch(dir);

        Files.write(file, new byte[] {0, 1, 2, 0, 3});

        CorpusChange change = next();
        assertEquals(List.of("story.txt"), change.removed());
        assertTrue(change.warnings().stream().anyMatch(w -> w.contains("story.txt") && w.contains("binary")),
                change.warnings().toString());
    }

    @Test
    void listenerExceptionDoesNotStopLaterReports() throws Exception {
        AtomicBoolean thrown = new AtomicBoolean();
        watch(dir, change -> {
            changes.add(change);
            if (thrown.compareAndSet(false, true)) {
                throw new IllegalStateException("listener failure on purpose");
            }
        });

        write("first.txt", "First\nMakes the listener throw.");
        assertEquals(List.of("first.txt"), ids(next().upserted()));

        write("second.txt", "Second\nStill reported.");
        assertEquals(List.of("second.txt"), ids(next().upserted()));
    }

    @Test
    void aDiskFaultInTheListenerIsLoggedInOneLine() throws Exception {
        // A data folder deleted while the bot ran had logged a 35-line stack trace for a missing write.lock.
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(logged, true));
        try {
            watch(dir, change -> {
                changes.add(change);
                throw new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("data/index/write.lock"));
            });
            write("first.txt", "First\nMakes the listener fail.");
            assertEquals(List.of("first.txt"), ids(next().upserted()));
            for (long end = System.nanoTime() + 2_000_000_000L; !logged.toString().contains("write.lock")
                    && System.nanoTime() < end;) {
                Thread.sleep(20);
            }
        } finally {
            System.setErr(err);
        }
        String log = logged.toString();
        assertTrue(log.contains("could not be taken in (NoSuchFileException: data/index/write.lock)"), log);
        assertFalse(log.contains("\tat "), log);
    }

    @Test
    void deletedSeedsFolderRemovesEverythingAndIsPickedUpWhenItReturns() throws Exception {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds.resolve("sub"));
        Files.writeString(seeds.resolve("a.txt"), "A\nText a.");
        Files.writeString(seeds.resolve("sub/b.txt"), "B\nText b.");
        watch(seeds);

        TestCores.deleteTree(seeds);
        List<String> removed = new ArrayList<>();
        boolean warned = false;
        while (removed.size() < 2 || !warned) {
            CorpusChange change = next();
            removed.addAll(change.removed());
            warned |= change.warnings().stream().anyMatch(w -> w.contains("gone"));
        }
        assertEquals(List.of("a.txt", "sub/b.txt"), removed.stream().sorted().toList());

        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve("c.txt"), "C\nBack again.");
        assertEquals(List.of("c.txt"), ids(next().upserted()));
    }

    @Test
    void missingFolderIsRefusedWithItsPath() {
        Path missing = dir.resolve("no-such-folder");
        CorpusException e = assertThrows(CorpusException.class, () -> FolderWatcher.start(missing, DEBOUNCE, c -> {
        }));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void closeLeavesNoWatcherThreadAndCanBeRepeated() throws Exception {
        FolderWatcher watcher = watch(dir);
        assertTrue(watcherThreadAlive());

        watcher.close();
        watcher.close();

        assertFalse(watcherThreadAlive(), "a " + FolderWatcher.THREAD_NAME + " thread is still alive");
    }
}
