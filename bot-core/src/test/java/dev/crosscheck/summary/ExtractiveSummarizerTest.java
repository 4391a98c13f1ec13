package dev.crosscheck.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.TestCores;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.command.PlainText;
import dev.crosscheck.command.Reply;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.index.Embedder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
    private static final Pattern CITED_SENTENCE = Pattern.compile("(.+?) ((?:\\[\\d+])+)(?= |$)");

    private final Crosscheck core = TestCores.seeds();

    private Summary summarize(SummaryRequest r) {
        return core.summarizer().summarize(r);
    }

    /** The summary's sentences, each with the numbers of the citations after it. */
    private static List<String> sentences(Summary s) {
        List<String> out = new ArrayList<>();
        Matcher m = CITED_SENTENCE.matcher(s.text());
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    private void assertVerbatim(Summary s) {
        for (Citation c : s.citations()) {
            String text = core.corpus().document(c.source()).map(Document::text).orElseThrow();
            assertTrue(text.contains(c.quote()), c.quote());
        }
    }

    @Test
    void theBriefingCoversTheMainFactsOnceEachWithCitations() {
        Summary s = summarize(SummaryRequest.corpus(Length.NORMAL));
        assertTrue(s.found());
        String[] facts = {"killed", "Zaporizhzhia|nuclear", "Kinzhal|missile", "Bakhmut", "Kyiv|Kiev|Kharkiv|Odesa",
                "power|electricity|energy"};
        int covered = 0;
        for (String fact : facts) {
            covered += Pattern.compile(fact).matcher(s.text()).find() ? 1 : 0;
        }
        assertTrue(covered >= 4, "covers only " + covered + " of the main facts: " + s.text());
        List<String> sentences = sentences(s);
        assertTrue(sentences.size() >= 5 && sentences.size() <= 8, sentences.size() + " sentences: " + s.text());
        assertEquals(sentences.size(), new HashSet<>(sentences).size(), "a sentence repeated");
        assertVerbatim(s);
    }

    @Test
    void noTwoSentencesSayTheSameThing() {
        Summary s = summarize(SummaryRequest.corpus(Length.NORMAL));
        Embedder e = TestCores.embedder();
        List<float[]> vectors = e.embedAll(sentences(s));
        for (int i = 0; i < vectors.size(); i++) {
            for (int j = i + 1; j < vectors.size(); j++) {
                assertTrue(Embedder.dot(vectors.get(i), vectors.get(j)) < 0.8,
                        "repeats: " + sentences(s).get(i) + " / " + sentences(s).get(j));
            }
        }
    }

    @Test
    void aFactSeveralSourcesReportIsCitedToThemAll() {
        Summary s = summarize(SummaryRequest.corpus(Length.NORMAL));
        assertTrue(Pattern.compile("\\[\\d+]\\[\\d+]").matcher(s.text()).find(), s.text());
        Set<String> sources = new HashSet<>();
        s.citations().forEach(c -> sources.add(c.source()));
        assertTrue(sources.size() >= 3, "draws on " + sources);
    }

    @Test
    void theClosingLineNamesWhatSourcesDisagreeAbout() {
        Summary s = summarize(SummaryRequest.corpus(Length.SHORT));
        assertTrue(s.text().contains("Sources disagree on"), s.text());
    }

    @Test
    void shortIsAboutThreeSentences() {
        Summary s = summarize(SummaryRequest.corpus(Length.SHORT));
        int n = sentences(s).size();
        assertTrue(n >= 2 && n <= 3, n + ": " + s.text());
    }

    @Test
    void aSourceSummaryQuotesOnlyThatSourceFoundByIdOrTitleWords() {
        Summary byId = summarize(new SummaryRequest("001_f7593ae858dcb3e5.txt", null, Length.SHORT));
        Summary byTitle = summarize(new SummaryRequest("rocket barrage", null, Length.SHORT));
        assertTrue(byId.found() && byTitle.found());
        assertEquals(byId.text(), byTitle.text());
        assertTrue(byId.citations().stream().allMatch(c -> c.source().equals("001_f7593ae858dcb3e5.txt")));
        assertVerbatim(byId);
    }

    @Test
    void aTopicSummaryStaysOnTheTopic() {
        Summary s = summarize(new SummaryRequest(null, "Zaporizhzhia nuclear plant", Length.NORMAL));
        assertTrue(s.found());
        for (String sentence : sentences(s)) {
            assertTrue(sentence.matches("(?s).*(Zaporizh|nuclear|plant|Energoatom|IAEA|Grossi).*"), sentence);
        }
        assertTrue(s.text().contains("Sources disagree on the Zaporizhia plant"), s.text());
        assertFalse(s.text().contains("people killed"), s.text());
    }

    @Test
    void unknownSourcesAndUncoveredTopicsGetAClearMessage() {
        Summary unknown = summarize(new SummaryRequest("no-such-article.txt", null, Length.NORMAL));
        assertFalse(unknown.found());
        assertTrue(unknown.text().contains("No source matches"), unknown.text());
        Summary nothing = summarize(new SummaryRequest(null, "football world cup", Length.NORMAL));
        assertFalse(nothing.found());
        assertTrue(nothing.text().contains("Nothing in the sources covers"), nothing.text());
        Summary ambiguous = summarize(new SummaryRequest(".txt", null, Length.NORMAL));
        assertFalse(ambiguous.found());
        assertTrue(ambiguous.text().contains("matches 5 sources"), ambiguous.text());
    }

    @Test
    void everyVariantFitsOneDiscordMessageWithItsSources() {
        List<Reply> replies = List.of(
                core.commands().summary(""),
                core.commands().summary("short"),
                core.commands().summary("Zaporizhzhia nuclear plant"),
                core.commands().summary("Bakhmut"),
                core.commands().summary("003_214ac054cd4d5203.txt"));
        for (Reply r : replies) {
            String message = PlainText.render(r);
            assertTrue(message.length() <= 1_900, message.length() + " characters: " + message);
            assertFalse(r.has(Reply.Flag.NOT_FOUND), message);
        }
    }

    @Test
    void freeWordsPickASourceWhenTheyNameOneAndATopicOtherwise() {
        Reply source = core.commands().summary("short 003_214ac054cd4d5203.txt");
        assertTrue(source.citations().stream().allMatch(c -> c.source().equals("003_214ac054cd4d5203.txt")));
        Reply topic = core.commands().summary("short Bakhmut");
        assertTrue(topic.body().contains("Bakhmut"), topic.body());
    }
}
