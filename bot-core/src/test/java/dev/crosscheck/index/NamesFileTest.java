package dev.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names' vocabulary kept between starts is the one the articles give, and only for those articles. */
class NamesFileTest {
    private static final String LVIV = "Mr Kozytskyi said the strike hit Lviv. However, the governor of Lviv, "
            + "Maksym Kozytskyi, said four people died. The Lviv region is far from the front. The however of it.";
    private static final String KYIV = "Kyiv Mayor Vitali Klitschko said explosions were reported. Ruth Abelard of "
            + "NRAIB said the news was bad, Dr Abelard added. Officials in Kiev said Kyiv was hit.";

    @TempDir
    Path data;

    private static Corpus corpus(String... texts) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String hash = CorpusReader.sha256(texts[i].getBytes(StandardCharsets.UTF_8));
            documents.add(new Document("a" + i + ".txt", "Article " + i, texts[i], hash, List.of()));
        }
        return new Corpus(Path.of("articles"), documents, List.of());
    }

    /** What retrieval and answers ask of the vocabulary, for a few words of the texts. */
    private static String answers(NameVariants names) {
        StringBuilder out = new StringBuilder();
        for (String w : List.of("Kozytskyi", "Lviv", "However", "Kiev", "Kyiv", "Klitschko", "Abelard", "NRAIB",
                "news", "Officials", "region")) {
            out.append(w).append(": person ").append(names.isPerson(w)).append(", common ")
                    .append(names.isCommonWord(w)).append(", variants ").append(names.variantsOf(w)).append('\n');
        }
        return out.append(names.size()).toString();
    }

    @Test
    void anUnchangedCorpusGetsTheVocabularyItsArticlesGive() throws IOException {
        Corpus corpus = corpus(LVIV, KYIV);
        NamesFile file = new NamesFile(data.resolve("names.bin"));

        NameVariants built = file.of(corpus);
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(data.resolve("names.bin"), written);
        NameVariants kept = new NamesFile(data.resolve("names.bin")).of(corpus);

        assertEquals(written, Files.getLastModifiedTime(data.resolve("names.bin")),
                "read, not built and written again");
        assertEquals(answers(NameVariants.of(corpus)), answers(built));
        assertEquals(answers(built), answers(kept));
        assertTrue(kept.isPerson("Abelard") && kept.variantsOf("Kyiv").contains("kiev"), answers(kept));
    }

    @Test
    void changedArticlesAreReadAgain() {
        NamesFile file = new NamesFile(data.resolve("names.bin"));
        file.of(corpus(LVIV));

        NameVariants changed = file.of(corpus(LVIV, KYIV));

        assertTrue(changed.isPerson("Abelard"), "a name of the added article is in the vocabulary");
        assertEquals(answers(NameVariants.of(corpus(LVIV, KYIV))), answers(changed));
        assertEquals(answers(NameVariants.of(corpus(LVIV))), answers(file.of(corpus(LVIV))));
    }

    @Test
    void aDamagedFileIsBuiltAgainAndReplaced() throws IOException {
        Path path = data.resolve("names.bin");
        Corpus corpus = corpus(LVIV, KYIV);
        new NamesFile(path).of(corpus);
        byte[] whole = Files.readAllBytes(path);
        Files.write(path, java.util.Arrays.copyOf(whole, whole.length / 2));

        NameVariants rebuilt = new NamesFile(path).of(corpus);

        assertEquals(answers(NameVariants.of(corpus)), answers(rebuilt));
        assertEquals(whole.length, Files.size(path), "the damaged file is written again whole");
    }

    @Test
    void aFolderThatCannotHoldTheFileCostsOnlyTheTime() throws IOException {
        Path blocked = data.resolve("blocked");
        Files.writeString(blocked, "a file where the data folder should be");
        Corpus corpus = corpus(LVIV);

        NameVariants names = new NamesFile(blocked.resolve("names.bin")).of(corpus);

        assertEquals(answers(NameVariants.of(corpus)), answers(names));
    }

    /**
     * A vocabulary written by an older reading of the text must not be taken for the current one's: when
     * {@link NameVariants} reads text differently, this digest changes, and {@link NamesFile#FORMAT} must be bumped
     * with it.
     */
    @Test
    void theFileFormatNamesTheWayTextIsRead() throws IOException {
        NameVariants names = NameVariants.of(corpus(LVIV, KYIV));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        names.writeTo(new DataOutputStream(bytes));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        List<String> lines = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            lines.add(in.readUTF() + " " + in.readInt() + " " + in.readByte());
        }
        for (int i = in.readInt(); i > 0; i--) {
            lines.add(Long.toHexString(in.readLong()) + " " + in.readInt());
        }
        lines.sort(null);
        String digest = CorpusReader.sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        assertFalse(lines.isEmpty());
        assertEquals(1, NamesFile.FORMAT, "bump the format together with the digest below");
        assertEquals("fdbcf12742c258d460b693cec2cc788709ea6447251a3774e934874315100bbd", digest, "the way NameVariants reads text changed: bump NamesFile.FORMAT and record the "
                + "new digest here");
    }
}
