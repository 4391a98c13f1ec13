package dev.crosscheck.index;

import dev.crosscheck.corpus.Corpus;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names' vocabulary of a corpus kept in a file of the data folder, under the corpus's fingerprint: a restart over
 * unchanged articles reads it instead of scanning every article again (over ~9,000 articles, about a second).
 */
public final class NamesFile {
    private static final Logger LOG = LoggerFactory.getLogger(NamesFile.class);
    private static final int MAGIC = 0x43434e56; // "CCNV"
    /**
     * Bumped whenever {@link NameVariants} reads text differently, so a file written by the old reading is not
     * taken for the new one's; {@code NamesFileTest} fails until it is.
     */
    static final int FORMAT = 1;

    private final Path file;

    public NamesFile(Path file) {
        this.file = file;
    }

    /** The corpus's vocabulary: from the file when it was written for these articles, else built and written. */
    public NameVariants of(Corpus corpus) {
        String fingerprint = corpus.fingerprint();
        Optional<NameVariants> kept = read(fingerprint);
        if (kept.isPresent()) {
            return kept.get();
        }
        NameVariants names = NameVariants.of(corpus);
        write(names, fingerprint);
        return names;
    }

    private Optional<NameVariants> read(String fingerprint) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(fingerprint)) {
                return Optional.empty();
            }
            return Optional.of(NameVariants.readFrom(in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("the names' vocabulary in {} cannot be read ({}); it is built again", file, e.toString());
            return Optional.empty();
        }
    }

    /** Written beside and moved into place, so a reader never sees half a file; a failure only costs the next start. */
    private void write(NameVariants names, String fingerprint) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(temporary)))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(fingerprint);
                names.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("the names' vocabulary cannot be kept in {} ({}); it is built again at the next start", file,
                    e.toString());
            try {
                Files.deleteIfExists(temporary); // a full disk is not made fuller by half a file
            } catch (IOException | RuntimeException ignored) {
                // The warning above already says the vocabulary is not kept.
            }
        }
    }
}
