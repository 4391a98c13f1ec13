package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.conflict.ConflictDetector;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.SentenceSplitter;
import dev.crosscheck.quantity.Quantity;
import dev.crosscheck.quantity.QuantityParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reworded copies of the multiplied corpus: other words, so other vectors, but the very same facts. */
class VariedCopyTest {
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\-'’]*");
    private static final String BUSINESS = """
            Ad sales boost Time Warner profit

            Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to \
            December, from $639m year-earlier. The firm, which is now one of the biggest investors in Google, \
            benefited from sales of high-speed internet connections. However, it said it was very difficult to keep \
            growth going, and he said the government would probably want a big role in the decision. "It's the \
            firm's best quarter," its boss said. Sales rose 7%, the firm's boss said.
            """;

    private static List<String> seedTexts() {
        return CorpusReader.read(TestCores.seedsFolder()).documents().stream().map(Document::text).toList();
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Typographic quotes and apostrophes as straight ones, which the variation may swap. */
    private static String straight(String text) {
        return text.replaceAll("[‘’]", "'").replaceAll("[“”]", "\"");
    }

    private static List<String> quantities(String text) {
        return QuantityParser.parse(text).stream().map(Quantity::surface).toList();
    }

    @Test
    void variedCopiesKeepEveryNumberNameAndFigureWhileTheTextDiffers() {
        List<String> texts = new ArrayList<>(seedTexts());
        texts.add(BUSINESS);
        for (String original : texts) {
            for (int copy = 1; copy <= TextVariation.VARIED_COPIES; copy++) {
                String varied = TextVariation.of(copy).apply(original);
                assertNotEquals(original, varied, "copy " + copy + " left a text unchanged");
                assertEquals(all(DIGITS, original), all(DIGITS, varied), "copy " + copy + " changed a number");
                assertEquals(quantities(original), quantities(varied), "copy " + copy + " changed a figure");
                assertEquals(all(CAPITALISED, straight(original)), all(CAPITALISED, straight(varied)),
                        "copy " + copy + " changed a name");
                assertEquals(original.lines().count(), varied.lines().count(), "copy " + copy + " moved a line");
                List<Sentence> before = SentenceSplitter.split("a", original);
                List<Sentence> after = SentenceSplitter.split("a", varied);
                assertEquals(before.size(), after.size(), "copy " + copy + " split differently");
                for (int i = 0; i < before.size(); i++) {
                    if (!QuantityParser.parse(before.get(i).text()).isEmpty()) {
                        assertEquals(straight(before.get(i).text()), straight(after.get(i).text()),
                                "a sentence with a figure changed more than its quotes");
                    }
                }
            }
        }
    }

    @Test
    void copyZeroIsTheOriginalAndTheOthersDifferFromEachOther() {
        assertEquals(BUSINESS, TextVariation.of(0).apply(BUSINESS));
        String one = TextVariation.of(1).apply(BUSINESS);
        String two = TextVariation.of(2).apply(BUSINESS);
        String three = TextVariation.of(3).apply(BUSINESS);
        assertNotEquals(one, two);
        assertNotEquals(two, three);
        assertNotEquals(one, three);
        assertEquals(one, TextVariation.of(1).apply(BUSINESS), "the variation must be deterministic");
        assertTrue(one.contains("it stated") && one.contains("really hard") && one.contains("administration"),
                one);
        assertTrue(one.contains("The firm, which is now one of the biggest investors"),
                "a sentence with a figure keeps its words: " + one);
        assertTrue(one.contains("“It’s the firm’s finest quarter,” its chief stated."), one);
        assertTrue(one.contains("Sales rose 7%, the firm’s boss said."), one);
        assertTrue(two.contains("Sales rose 7%, the firm's boss said."), "copy 2 keeps apostrophes: " + two);
    }

    @Test
    void mostSentencesOfTheSeedsAreWordedDifferently() {
        int sentences = 0;
        int changed = 0;
        for (Document d : CorpusReader.read(TestCores.seedsFolder()).documents()) {
            for (Sentence s : d.sentences()) {
                sentences++;
                changed += TextVariation.of(1).apply(s.text()).equals(s.text()) ? 0 : 1;
            }
        }
        assertTrue(changed > sentences / 3, changed + " of " + sentences + " sentences changed");
    }

    @Test
    void noReplacementReadsAsAFigureOrAName() {
        for (String word : TextVariation.replacements()) {
            assertEquals(List.of(), quantities("Officials " + word + " it."), word);
            assertEquals(word.toLowerCase(java.util.Locale.ROOT), word);
        }
    }

    @Test
    void variedCopiesOfTheSeedsFindTheConflictsIdenticalCopiesFind(@TempDir Path tmp) throws IOException {
        // Compared with copies left as they are rather than with the seeds alone: duplicates change what the
        // detector compares (a copy is a partner sharing context), and only the wording must make no difference.
        Path source = Files.createDirectories(tmp.resolve("source"));
        TestCores.copySeeds(source.resolve("ukraine"));
        Path varied = new ScaleCorpora(source, tmp.resolve("work"), new PrintWriter(new StringWriter()))
                .copies(TextVariation.VARIED_COPIES + 1);
        Path identical = Files.createDirectories(tmp.resolve("identical"));
        for (int c = 0; c <= TextVariation.VARIED_COPIES; c++) {
            TestCores.copySeeds(identical.resolve("copy-" + c).resolve("ukraine"));
        }

        List<Conflict> expected = ConflictDetector.of(CorpusReader.read(identical)).conflicts();
        List<Conflict> found = ConflictDetector.of(CorpusReader.read(varied)).conflicts();
        assertEquals(kinds(expected), kinds(found));
        assertEquals(sides(expected), sides(found));
        assertTrue(kinds(found).keySet().containsAll(kinds(ConflictDetector.of(
                CorpusReader.read(TestCores.seedsFolder())).conflicts()).keySet()));
    }

    /** Each conflict's statements as source and value, which the wording must not change. */
    private static Map<String, List<String>> sides(List<Conflict> conflicts) {
        Map<String, List<String>> out = new TreeMap<>();
        conflicts.forEach(c -> out.put(c.topic(), c.statements().stream()
                .map(st -> st.source() + " = " + straight(st.value())).sorted().toList()));
        return out;
    }

    private static Map<String, String> kinds(List<Conflict> conflicts) {
        Map<String, String> out = new TreeMap<>();
        conflicts.forEach(c -> out.put(c.topic(), c.kind().label()));
        return out;
    }
}
