package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.SentenceSplitter;
import dev.crosscheck.lexicon.RelatedWords;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
    @Test
    void aSentenceTheReadingFailsOnLosesOnlyItsOwnClaims() {
        // A word the lexicon fails on stands in for any fault in reading one sentence.
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        WordKinds failing = new WordKinds(RelatedWords.none()) {
            @Override
            String verbBase(String lower) {
                if (lower.equals("kaboomed")) {
                    failed.set(true);
                    throw new IllegalStateException("lexicon fault");
                }
                return super.verbBase(lower);
            }
        };
        String text = "Storm\n\nFour people were killed in the storm. Twelve people were kaboomed in the storm.";
        Document doc = new Document("a.txt", "Storm", text, "h", SentenceSplitter.split("a.txt", text));
        List<Claim> claims = new ClaimExtractor(new Gazetteer(), failing).extract(doc);
        assertEquals(true, failed.get(), "the fault was met");
        assertEquals(List.of("Four people"), claims.stream().map(Claim::value).toList());
    }

    @Test
    void andJoiningTwoNounsOpensNoClauseForAStatesSubject() {
        // "between the … plant and the Ukrainian power grid was interrupted": the plant's connection, not the grid's
        // (the seeds; read as the grid's, a follow-up about what keeps the plant going lost its answer).
        String text = "Strikes\n\nThe last connection between the occupied Zaporizhia nuclear power plant and the "
                + "Ukrainian power grid was interrupted as a result of missile attacks, Energoatom said.";
        Document doc = new Document("a.txt", "Strikes", text, "h", SentenceSplitter.split("a.txt", text));
        List<Claim> claims = new ClaimExtractor(new Gazetteer(), new WordKinds(RelatedWords.wordNet())).extract(doc);
        assertEquals(List.of("s:grid:plant"), claims.stream().map(Claim::key).toList());
    }

    @Test
    void aRelativeWhereEndsTheCountedPhrase() {
        // "six distribution points where residents can collect bottled water" counts points, not residents (a fresh
        // user's boil-water notice had it as six people).
        String text = "Water\n\nCallowmere Water has now opened six distribution points where residents can collect "
                + "bottled water.";
        Document doc = new Document("a.txt", "Water", text, "h", SentenceSplitter.split("a.txt", text));
        List<Claim> claims = new ClaimExtractor(new Gazetteer(), new WordKinds(RelatedWords.wordNet())).extract(doc);
        assertEquals(List.of("n:point|open@"), claims.stream().map(Claim::key).toList());
    }
}
