package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import dev.crosscheck.bench.FigureQuestions.Wording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureQuestionsTest {
    private static final String WIDGETS = """
            Widget maker profits jump

            Widget maker Acme said its quarterly profits jumped 76% on strong demand for gadgets in Europe. \
            Acme also said it would hire 1,200 engineers at its new factory near Leeds next spring. \
            In 2004 the company was bought by a rival firm from Ohio for a large sum. \
            Sales rose 5% to £300m in the quarter to December, the firm said.
            """;

    @TempDir
    static Path folder;
    private static Corpus corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        Files.writeString(folder.resolve("README.txt"), "About this corpus\n\nIt holds 1,200 articles in 3 "
                + "folders with many articles from the years 2004 and 2005.\n");
        Path business = Files.createDirectories(folder.resolve("business"));
        Files.writeString(business.resolve("a.txt"), WIDGETS);
        Files.writeString(business.resolve("b.txt"), WIDGETS);
        Files.writeString(business.resolve("c.txt"), """
                Engineers in demand

                Several engineers left the firm last year, and many players in the industry are hiring.
                """);
        Path sport = Files.createDirectories(folder.resolve("sport"));
        Files.writeString(sport.resolve("d.txt"), """
                Champion wins in Birmingham

                The champion ran the 100m in record time at the indoor meeting in Birmingham. \
                Organisers said the stadium sold tickets worth £2.5m to fans travelling from across Britain.
                """);
        Files.writeString(sport.resolve("e.txt"), """
                Club heads for Spain

                "We sold 300 shirts in the first hour of the sale," the club manager said on Friday. \
                The club said its 40 youth players would travel to Spain for a winter training camp.
                """);
        corpus = CorpusReader.read(folder);
    }

    @Test
    void theSameCorpusAndSeedGiveTheSameQuestions() {
        assertEquals(FigureQuestions.generate(corpus, 10, 7), FigureQuestions.generate(corpus, 10, 7));
    }

    @Test
    void everyQuestionIsTypedByItsFigureWhichItsSourcesContain() {
        for (long seed = 0; seed < 20; seed++) {
            List<QaItem> items = FigureQuestions.generate(corpus, 10, seed);
            assertFalse(items.isEmpty());
            Set<String> ids = new HashSet<>();
            for (QaItem item : items) {
                assertTrue(ids.add(item.id()), item.id());
                assertEquals(QaItem.FACTOID, item.kind());
                assertTrue(item.question().matches("(What percentage|How much|How many [a-z ]+) [^?]+\\?"),
                        item.question());
                assertEquals(1, item.expectAny().size());
                assertFalse(item.sources().isEmpty());
                Pattern figure = Pattern.compile(item.expectAny().get(0));
                for (String id : item.sources()) {
                    Document d = corpus.document(id).orElseThrow();
                    assertTrue(figure.matcher(d.text()).find(), item + " in " + id);
                    // A keyword question, not the sentence pasted back.
                    assertFalse(d.text().contains(item.question().replace("?", "")), item.question());
                }
            }
        }
    }

    @Test
    void asksOnlyForFiguresThatStandAloneInTheBodyAndAreNotYearsDistancesOrQuotes() {
        Set<String> answers = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            for (QaItem item : FigureQuestions.generate(corpus, 10, seed)) {
                assertFalse(item.sources().contains("README.txt"));
                for (String candidate : List.of("76%", "76 per cent", "1,200", "1200", "£2.5m", "2.5 million", "40",
                        "2004", "100m", "300", "5%", "£300m")) {
                    if (Pattern.compile(item.expectAny().get(0)).matcher(candidate).find()) {
                        answers.add(candidate);
                    }
                }
            }
        }
        assertEquals(Set.of("76%", "76 per cent", "1,200", "1200", "£2.5m", "2.5 million", "40"), answers);
    }

    @Test
    void aSentenceInDuplicateArticlesHasThemAllAsSources() {
        boolean seen = false;
        for (long seed = 0; seed < 20; seed++) {
            for (QaItem item : FigureQuestions.generate(corpus, 10, seed)) {
                if (item.sources().contains("business/a.txt") || item.sources().contains("business/b.txt")) {
                    assertEquals(List.of("business/a.txt", "business/b.txt"), item.sources());
                    seen = true;
                }
            }
        }
        assertTrue(seen);
    }

    @Test
    void countsAPluralNounTheCorpusCountsElsewhere() {
        Set<String> questions = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            FigureQuestions.generate(corpus, 10, seed).forEach(i -> questions.add(i.question()));
        }
        assertTrue(questions.stream().anyMatch(q -> q.startsWith("How many engineers ")), questions.toString());
        assertTrue(questions.stream().anyMatch(q -> q.startsWith("How many youth players ")), questions.toString());
    }

    @Test
    void theHeadlineWordingIsDeterministicAndAsksAboutTheSameItems() {
        for (long seed = 0; seed < 20; seed++) {
            List<QaItem> sentence = FigureQuestions.generate(corpus, 10, seed, Wording.SENTENCE);
            List<QaItem> headline = FigureQuestions.generate(corpus, 10, seed, Wording.HEADLINE);
            assertEquals(headline, FigureQuestions.generate(corpus, 10, seed, Wording.HEADLINE));
            assertEquals(sentence, FigureQuestions.generate(corpus, 10, seed));
            assertEquals(sentence.size(), headline.size());
            for (int i = 0; i < sentence.size(); i++) {
                QaItem s = sentence.get(i);
                QaItem h = headline.get(i);
                assertEquals(String.format(Locale.ROOT, "fig-%03d", i + 1), s.id());
                assertEquals(String.format(Locale.ROOT, "figh-%03d", i + 1), h.id());
                assertEquals(new QaItem(h.id(), h.question(), s.kind(), s.expectAny(), s.expectAll(), s.sources()), h);
                assertEquals(opening(s.question()), opening(h.question()));
            }
        }
    }

    @Test
    void theHeadlineWordingHoldsHeadlineWordsAndAtMostTwoWordsOfTheSentence() {
        Set<String> questions = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            for (QaItem item : FigureQuestions.generate(corpus, 10, seed, Wording.HEADLINE)) {
                questions.add(item.question());
                Document d = corpus.document(item.sources().get(0)).orElseThrow();
                List<String> headline = new ArrayList<>();
                for (String w : d.title().split("\\s+")) {
                    headline.add(w.toLowerCase(Locale.ROOT));
                }
                String opening = opening(item.question());
                String[] words = item.question().substring(opening.length(), item.question().length() - 1).trim()
                        .split(" ");
                int fromHeadline = 0;
                int others = 0;
                for (String w : words) {
                    if (headline.contains(w.toLowerCase(Locale.ROOT))) {
                        assertEquals(0, others, "headline words come first: " + item.question());
                        fromHeadline++;
                    } else {
                        others++;
                        assertTrue(d.text().contains(w), w + " of " + item.question());
                    }
                }
                assertTrue(fromHeadline >= 1 && fromHeadline <= 4, item.question());
                assertTrue(others <= 2, item.question());
            }
        }
        // The rarest sentence words not in the headline, ties in sentence order; "jumped" is not "jump" (no stemming).
        assertTrue(questions.contains("What percentage Widget maker profits jump Acme jumped?"), questions.toString());
        // "in" is a stop word.
        assertTrue(questions.contains("How much Champion wins Birmingham Organisers stadium?"), questions.toString());
    }

    /** The question type, one of those the test corpus gives. */
    private static String opening(String question) {
        for (String o : List.of("What percentage", "How much", "How many engineers", "How many youth players")) {
            if (question.startsWith(o + " ")) {
                return o;
            }
        }
        throw new AssertionError("no known question type: " + question);
    }
}
