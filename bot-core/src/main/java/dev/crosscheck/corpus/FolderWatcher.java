package dev.crosscheck.corpus;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Watches a corpus folder and reports added, changed and removed articles in debounced batches. */
public final class FolderWatcher implements AutoCloseable {

    /** Long enough to merge an editor's several writes or a copy of many files, short enough to feel immediate. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(400);

    static final String THREAD_NAME = "crosscheck-watcher";

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    // A folder written to without pause (a log saved as .txt) must not hold back every other article for ever.
    private static final int MAX_DELAY_IN_DEBOUNCES = 10;

    // Nothing signals a deleted seeds folder coming back, so it is looked for at this pace.
    private static final long ROOT_RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    // A listener busy indexing a batch is waited for, not interrupted: interrupts break Lucene's file channels.
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final Path root;
    private final long debounceNanos;
    private final long maxDelayNanos;
    private final Consumer<CorpusChange> listener;
    private final WatchService watchService;
    private final Thread thread;
    private final AtomicBoolean closed = new AtomicBoolean();

    // Everything below is touched only by the watcher thread (and by start() before that thread exists).
    // The JDK hands back the old key, with its old path, when a renamed folder is registered again, so the
    // current path of each key is kept here rather than read from WatchKey.watchable().
    private final Map<WatchKey, Path> keyDirs = new HashMap<>();
    private final TreeMap<String, String> knownHashes = new TreeMap<>();
    private final Map<Path, Pending> pending = new LinkedHashMap<>();
    private long batchStart;
    private boolean rootGone;
    private long rootCheckedAt;

    private FolderWatcher(Path root, Duration debounce, Consumer<CorpusChange> listener, WatchService watchService) {
        this.root = root;
        this.debounceNanos = debounce.toNanos();
        this.maxDelayNanos = Math.max(debounceNanos * MAX_DELAY_IN_DEBOUNCES, TimeUnit.SECONDS.toNanos(1));
        this.listener = listener;
        this.watchService = watchService;
        this.thread = new Thread(this::run, THREAD_NAME);
        this.thread.setDaemon(true);
    }

    /**
     * Scans {@code folder} to learn the articles already there (without reporting them), then watches it on a daemon
     * thread, calling {@code listener} on that thread with each non-empty batch. Start it before reading the corpus
     * for indexing, so that no change can fall between the read and the watch.
     *
     * @throws CorpusException if the folder does not exist or cannot be watched
     */
    public static FolderWatcher start(Path folder, Duration debounce, Consumer<CorpusChange> listener) {
        Objects.requireNonNull(folder, "folder");
        return start(folder, debounce, CorpusReader.read(folder.toAbsolutePath().normalize()), listener);
    }

    /**
     * Watches {@code folder} whose articles the listener already holds as {@code known}, read before watching
     * began: whatever changed in between (a file copied in while the index was being built) is the first change.
     */
    public static FolderWatcher start(Path folder, Duration debounce, Corpus known, Consumer<CorpusChange> listener) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(debounce, "debounce");
        Objects.requireNonNull(listener, "listener");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative: " + debounce);
        }
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new CorpusException("seeds folder not found: " + root);
        }
        WatchService watchService;
        try {
            watchService = root.getFileSystem().newWatchService();
        } catch (IOException e) {
            throw new CorpusException("seeds folder cannot be watched: " + root + " (" + e.getMessage() + ")", e);
        }
        try {
            FolderWatcher watcher = new FolderWatcher(root, debounce, listener, watchService);
            try {
                watcher.registerTree(root, null);
            } catch (UncheckedIOException e) {
                throw new CorpusException("seeds folder cannot be watched: " + root + " (" + e.getMessage() + ")", e);
            }
            for (Document document : known.documents()) {
                watcher.knownHashes.put(document.id(), document.hash());
            }
            // Files written between that read and the registration above raised no event: read once more, now that
            // every later write does, whatever differs waits out its quiet window like any change.
            long now = System.nanoTime();
            Set<String> present = new HashSet<>();
            for (Document document : CorpusReader.read(root).documents()) {
                present.add(document.id());
                if (!document.hash().equals(watcher.knownHashes.get(document.id()))) {
                    watcher.pend(root.resolve(document.id()), now);
                }
            }
            for (String id : watcher.knownHashes.keySet()) {
                if (!present.contains(id)) {
                    watcher.pend(root.resolve(id), now);
                }
            }
            watcher.thread.start();
            return watcher;
        } catch (RuntimeException e) {
            closeQuietly(watchService);
            throw e;
        }
    }

    /** Stops watching and waits for the watcher thread to end; batches not yet delivered are dropped. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Closing the service wakes the thread from its wait with ClosedWatchServiceException.
        closeQuietly(watchService);
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("watcher of {} still busy in its listener {} ms after close; it ends when the listener returns",
                    root, CLOSE_WAIT_MILLIS);
        }
    }

    private void run() {
        try {
            while (!closed.get()) {
                WatchKey key = next();
                try {
                    long now = System.nanoTime();
                    for (; key != null; key = watchService.poll()) {
                        handle(key, now);
                    }
                    tick(now);
                } catch (ClosedWatchServiceException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // Whatever state the failure left behind, a full rescan after the next quiet spell repairs it.
                    LOG.error("watcher of {} failed; rescanning the folder", root, e);
                    pending.clear();
                    pend(root, System.nanoTime());
                }
            }
        } catch (ClosedWatchServiceException e) {
            // close() was called.
        } catch (InterruptedException e) {
            LOG.warn("watcher of {} interrupted; changes are no longer picked up", root);
        } finally {
            if (!closed.get()) {
                LOG.error("watcher of {} stopped unexpectedly; changes are no longer picked up", root);
            }
        }
    }

    /** Waits for the next key, or until the earliest deadline of the pending work; null on a timeout. */
    private WatchKey next() throws InterruptedException {
        long now = System.nanoTime();
        long deadline = Long.MAX_VALUE;
        boolean anyStable = false;
        for (Pending p : pending.values()) {
            if (p.stable) {
                anyStable = true;
            } else {
                deadline = Math.min(deadline, p.checkedAt + debounceNanos);
            }
        }
        if (anyStable) {
            deadline = Math.min(deadline, batchStart + maxDelayNanos);
        }
        if (rootGone) {
            deadline = Math.min(deadline, rootCheckedAt + ROOT_RETRY_NANOS);
        }
        if (deadline == Long.MAX_VALUE) {
            return watchService.take();
        }
        return watchService.poll(Math.max(deadline - now, TimeUnit.MILLISECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
    }

    private void handle(WatchKey key, long now) {
        Path dir = keyDirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost, so nothing short of a full rescan tells what changed.
                pend(root, now);
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (isHidden(child)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                // Files can land in a new folder before it is registered; the walk finds those.
                List<Path> files = new ArrayList<>();
                try {
                    registerTree(child, files);
                } catch (UncheckedIOException e) {
                    LOG.debug("cannot watch new folder {}: {}", child, e.getMessage());
                }
                for (Path file : files) {
                    pend(file, now);
                }
            }
            pend(child, now);
        }
        if (!key.reset()) {
            keyDirs.remove(key);
            if (root.equals(dir)) {
                pend(root, now);
            }
        }
    }

    /** Marks {@code path} as changed now, which restarts its quiet window. */
    private void pend(Path path, long now) {
        if (pending.isEmpty()) {
            batchStart = now;
        }
        pending.put(path, new Pending(FileState.of(path), now));
    }

    private void tick(long now) {
        if (rootGone && now - rootCheckedAt >= ROOT_RETRY_NANOS) {
            rootCheckedAt = now;
            if (Files.isDirectory(root)) {
                pend(root, now);
            }
        }
        boolean allStable = true;
        boolean anyStable = false;
        for (Map.Entry<Path, Pending> entry : pending.entrySet()) {
            Pending p = entry.getValue();
            if (!p.stable && now - p.checkedAt >= debounceNanos) {
                // Events alone can miss a writer (some file systems coalesce them), so size and time must agree too.
                FileState state = FileState.of(entry.getKey());
                if (state.equals(p.state)) {
                    p.stable = true;
                } else {
                    p.state = state;
                    p.checkedAt = now;
                }
            }
            allStable &= p.stable;
            anyStable |= p.stable;
        }
        if (anyStable && (allStable || now - batchStart >= maxDelayNanos)) {
            flush(now);
        }
    }

    private void flush(long now) {
        Set<Path> ready = new HashSet<>();
        for (Iterator<Map.Entry<Path, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, Pending> entry = it.next();
            if (entry.getValue().stable) {
                ready.add(entry.getKey());
                it.remove();
            }
        }
        if (!pending.isEmpty()) {
            batchStart = now;
        }
        Batch batch = new Batch();
        if (ready.contains(root)) {
            rescan(batch, now);
        } else {
            ready.stream().sorted().forEach(path -> apply(path, batch));
        }
        CorpusChange change = batch.toChange();
        if (change.isEmpty() || closed.get()) {
            return;
        }
        LOG.debug("{}: {} added or changed, {} removed, {} warnings", root, change.upserted().size(),
                change.removed().size(), change.warnings().size());
        try {
            listener.accept(change);
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof java.io.IOException) {
                // A fault of the disk, not of the code (a data folder deleted while the bot runs): its own words say
                // what happened, and a stack trace adds nothing. The files stay; a restart takes them in.
                LOG.error("changes to {} could not be taken in ({}: {}); watching goes on, and a restart takes them "
                        + "in", root, cause.getClass().getSimpleName(), cause.getMessage());
            } else {
                LOG.error("listener failed on changes to {}; watching goes on", root, e);
            }
        }
    }

    /** Brings one changed path up to date by how it is now, whatever sequence of events led there. */
    private void apply(Path path, Batch batch) {
        String id = CorpusReader.idOf(root.relativize(path));
        if (Files.isDirectory(path)) {
            // A file replaced by a folder of its name is gone (its article had still been quoted).
            forget(id, batch);
            // A folder replaced by another of the same name raises no event for the files that went with the old one.
            for (String known : List.copyOf(under(id).keySet())) {
                if (!Files.exists(root.resolve(known))) {
                    forget(known, batch);
                }
            }
            return;
        }
        if (!Files.exists(path)) {
            forget(id, batch);
            for (String known : List.copyOf(under(id).keySet())) {
                forget(known, batch);
            }
            dropKeysUnder(path);
            return;
        }
        Optional<Document> document = CorpusReader.readFile(root, path, batch.warnings);
        if (document.isPresent()) {
            remember(document.get(), batch);
        } else {
            // Unreadable now (emptied, binary, deleted mid-read): a full read would leave it out, so the index should.
            forget(id, batch);
        }
    }

    private void rescan(Batch batch, long now) {
        Corpus corpus = null;
        if (Files.isDirectory(root)) {
            try {
                registerTree(root, null);
                corpus = CorpusReader.read(root);
            } catch (UncheckedIOException | CorpusException e) {
                LOG.debug("rescan of {} failed: {}", root, e.getMessage());
            }
        }
        if (corpus == null) {
            if (!rootGone) {
                String warning = "seeds folder is gone: " + root + "; watching for it to come back";
                LOG.warn(warning);
                batch.warnings.add(warning);
            }
            rootGone = true;
            rootCheckedAt = now;
            for (String known : List.copyOf(knownHashes.keySet())) {
                forget(known, batch);
            }
            keyDirs.keySet().forEach(WatchKey::cancel);
            keyDirs.clear();
            pending.clear();
            return;
        }
        rootGone = false;
        Set<String> present = new HashSet<>();
        for (Document document : corpus.documents()) {
            present.add(document.id());
            remember(document, batch);
        }
        for (String known : List.copyOf(knownHashes.keySet())) {
            if (!present.contains(known)) {
                forget(known, batch);
            }
        }
        batch.warnings.addAll(corpus.warnings());
        keyDirs.entrySet().removeIf(entry -> {
            boolean stale = !entry.getKey().isValid() || !Files.isDirectory(entry.getValue());
            if (stale) {
                entry.getKey().cancel();
            }
            return stale;
        });
    }

    private void remember(Document document, Batch batch) {
        if (!document.hash().equals(knownHashes.put(document.id(), document.hash()))) {
            batch.removed.remove(document.id());
            batch.upserted.put(document.id(), document);
        }
    }

    private void forget(String id, Batch batch) {
        if (knownHashes.remove(id) != null) {
            batch.upserted.remove(id);
            batch.removed.add(id);
        }
    }

    /** Known ids strictly inside folder {@code id}; '0' is the character after '/'. */
    private Map<String, String> under(String id) {
        return knownHashes.subMap(id + "/", id + "0");
    }

    /** A folder moved out of the tree keeps its key alive, watching a place that is no longer ours. */
    private void dropKeysUnder(Path gone) {
        keyDirs.entrySet().removeIf(entry -> {
            boolean stale = entry.getValue().startsWith(gone) && !Files.isDirectory(entry.getValue());
            if (stale) {
                entry.getKey().cancel();
            }
            return stale;
        });
    }

    /**
     * Registers {@code dir} and every visible folder below it, by the same rules as the reader (links followed,
     * hidden folders skipped); adds the files found to {@code files} when it is not null.
     */
    private void registerTree(Path dir, List<Path> files) {
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                            if (!d.equals(root) && isHidden(d)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (!d.equals(root) && Files.isSymbolicLink(d)) {
                                // A link to a folder the seeds hold anyway (or to the seeds themselves) is not
                                // read twice; the reader says so when it skips such a folder at start.
                                Optional<String> of = CorpusReader.duplicateOf(root, d);
                                if (of.isPresent()) {
                                    LOG.warn(CorpusReader.duplicateWarning(root, d, of.get()));
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                            }
                            try {
                                keyDirs.put(d.register(watchService, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), d);
                            } catch (NoSuchFileException e) {
                                if (d.equals(dir)) {
                                    throw e;
                                }
                            } catch (IOException e) {
                                if (d.equals(dir)) {
                                    throw e;
                                }
                                // Typically the inotify watch limit: changes below this folder will go unseen.
                                LOG.warn("cannot watch {}: {}", d, e.getMessage());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (files != null && !isHidden(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (file.equals(dir)) {
                                throw e;
                            }
                            // Link loops and files vanishing mid-walk are the reader's to warn about, not ours.
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static void closeQuietly(WatchService watchService) {
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service failed", e);
        }
    }

    /** What can be seen of a file without reading it; a change means someone is still writing. */
    private record FileState(boolean exists, boolean directory, long size, FileTime modified) {
        private static final FileState MISSING = new FileState(false, false, -1, null);

        static FileState of(Path path) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
                return new FileState(true, attrs.isDirectory(), attrs.size(), attrs.lastModifiedTime());
            } catch (IOException e) {
                return MISSING;
            }
        }
    }

    private static final class Pending {
        FileState state;
        long checkedAt;
        boolean stable;

        Pending(FileState state, long checkedAt) {
            this.state = state;
            this.checkedAt = checkedAt;
        }
    }

    private static final class Batch {
        final Map<String, Document> upserted = new TreeMap<>();
        final Set<String> removed = new TreeSet<>();
        final List<String> warnings = new ArrayList<>();

        CorpusChange toChange() {
            return new CorpusChange(new ArrayList<>(upserted.values()), new ArrayList<>(removed), warnings);
        }
    }
}
