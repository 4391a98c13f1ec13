package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSetsTest {
    @TempDir
    Path tmp;

    @Test
    void squadArticlesAreWrittenOutAndTheirQuestionsSplitByArticle() throws IOException {
        Path file = tmp.resolve("squad.json");
        Files.writeString(file, """
                {"data": [
                 {"title": "Southern_California", "paragraphs": [{"context": "SoCal has ten counties.", "qas": [
                   {"id": "q1", "question": "How many counties?", "answers": [{"text": "ten", "answer_start": 13}],
                    "is_impossible": false},
                   {"id": "q2", "question": "How many cities?", "answers": [], "is_impossible": true}]}]},
                 {"title": "Victoria_(Australia)", "paragraphs": [{"context": "Melbourne is its capital.", "qas": [
                   {"id": "q3", "question": "What is its capital?", "answers": [{"text": "Melbourne",
                    "answer_start": 0}], "is_impossible": false}]}]}]}
                """, StandardCharsets.UTF_8);
        DevSet set = DevSets.squad(file, tmp.resolve("articles"));

        assertEquals("Southern California\n\nSoCal has ten counties.\n\n",
                Files.readString(tmp.resolve("articles/Southern_California.txt")));
        assertEquals(3, set.items().size());
        QaItem q1 = set.items().get(0);
        assertEquals(java.util.List.of("Southern_California.txt"), q1.sources());
        assertTrue(QaJudge.judge(q1, new Reply(true, "It has TEN counties.", q1.sources())).correct(),
                "answers match whatever their case");
        assertTrue(set.items().get(1).unanswerable());
        assertEquals(Part.TUNE, set.part(set.items().get(1)), "an unanswerable question is in its article's half");
        assertEquals(Part.CHECK, set.part(set.items().get(2)));
    }

    @Test
    void naturalBbcQuestionsAreSplitByTheirFirstSource() throws IOException {
        Path file = tmp.resolve("bbc.jsonl");
        Files.writeString(file, """
                {"id": "b1", "question": "Who?", "kind": "factoid", "answers": ["Ann (Bee)"], "sources": ["a/1.txt"]}
                {"id": "b2", "question": "What?", "kind": "unanswerable", "answers": [], "sources": []}
                """, StandardCharsets.UTF_8);
        DevSet set = DevSets.bbcNatural(file, tmp);
        QaItem b1 = set.items().get(0);
        assertTrue(QaJudge.judge(b1, new Reply(true, "It was ann (bee).", b1.sources())).correct(),
                "answers are literal, not patterns");
        assertEquals(Part.of("a/1.txt"), set.part(b1));
        assertEquals(Part.of("b2"), set.part(set.items().get(1)));
    }

    @Test
    void foreignQuestionsAreUnanswerableAndKeepTheirHalves() throws IOException {
        Path file = tmp.resolve("bbc.jsonl");
        Files.writeString(file, """
                {"id": "b1", "question": "Who?", "kind": "factoid", "answers": ["Ann"], "sources": ["a/1.txt"]}
                """, StandardCharsets.UTF_8);
        DevSet set = DevSets.bbcNatural(file, tmp);
        DevSet foreign = set.askedOf("elsewhere", tmp.resolve("other"));
        assertTrue(foreign.items().get(0).unanswerable());
        assertEquals(set.part(set.items().get(0)), foreign.part(foreign.items().get(0)));
    }

    @Test
    void firstTurnsOfConversationsFormOneSetPerCorpus() throws IOException {
        Path file = tmp.resolve("followups.jsonl");
        Files.writeString(file, """
                {"id": "c1", "corpus": "seeds", "turns": [{"question": "Who?", "kind": "factoid", "expect_any": ["Kl"], "sources": ["x.txt"]}, {"question": "And?", "kind": "unanswerable", "expect_any": [], "sources": []}]}
                {"id": "c2", "corpus": "elsewhere", "turns": [{"question": "Why?", "kind": "factoid", "expect_any": ["b"], "sources": ["y.txt"]}]}
                """, StandardCharsets.UTF_8);
        Files.createDirectories(tmp.resolve("seeds"));
        var sets = DevSets.followupFirstTurns(file, Map.of("seeds", tmp.resolve("seeds")));
        assertEquals(1, sets.size(), "a corpus that is not there is left out");
        assertEquals("Who?", sets.get(0).items().get(0).question());
        assertEquals(1, sets.get(0).items().size(), "only first turns");
    }

    @Test
    void aNewTopicIsAFirstTurnAskedAfterAnotherStorysConversation() throws IOException {
        Path file = tmp.resolve("followups.jsonl");
        Files.writeString(file, """
                {"id": "c1", "corpus": "bbc", "turns": [{"question": "Who?", "kind": "factoid", "expect_any": ["a"], "sources": ["x.txt"]}, {"question": "And?", "kind": "factoid", "expect_any": ["b"], "sources": ["x.txt"]}]}
                {"id": "c2", "corpus": "bbc", "turns": [{"question": "Why?", "kind": "factoid", "expect_any": ["c"], "sources": ["y.txt"]}]}
                {"id": "c3", "corpus": "bbc", "turns": [{"question": "When?", "kind": "factoid", "expect_any": ["d"], "sources": ["y.txt"]}]}
                """, StandardCharsets.UTF_8);
        Files.createDirectories(tmp.resolve("bbc"));
        var sets = DevSets.followupNewTopics(file, Map.of("bbc", tmp.resolve("bbc")));
        assertEquals(1, sets.size());
        assertEquals(1, sets.get(0).items().size(), "c3 shares its article with c2: no new topic");
        QaItem c2 = sets.get(0).items().get(0);
        assertEquals("Why?", c2.question());
        assertEquals(java.util.List.of("Who?", "And?"), c2.before(), "asked after the whole conversation before");
        assertEquals(Part.of("y.txt"), sets.get(0).part(c2));
    }

    @Test
    void everyStoryIsACorpusOfItsOwnWhollyInTheHalfOfItsFolderName() throws IOException {
        for (String story : new String[] {"001-ferry", "002-dam"}) {
            Path folder = Files.createDirectories(tmp.resolve("stories").resolve(story));
            Files.writeString(folder.resolve("01_wire.txt"), "Ferry capsizes\n\nNine people died.\n");
            Files.writeString(folder.resolve("questions.jsonl"), """
                    {"id": "%s-q1", "question": "How many died?", "kind": "factoid", "expect_any": ["\\\\bNine\\\\b"], \
                    "sources": ["01_wire.txt"]}
                    {"id": "%s-q2", "question": "Who owns it?", "kind": "unanswerable"}
                    """.formatted(story, story));
        }
        Files.createDirectories(tmp.resolve("stories").resolve("notes"));

        java.util.List<DevSet> sets = DevSets.stories(tmp.resolve("stories"));

        assertEquals(2, sets.size(), "a folder without questions is no story");
        for (DevSet set : sets) {
            assertEquals(DevSets.STORIES, set.name());
            Part half = Part.of(set.corpus().getFileName().toString());
            assertEquals(set.items(), set.items(half), "all of a story's questions are in its folder's half");
        }
        QaItem q1 = sets.get(0).items().get(0);
        assertTrue(QaJudge.judge(q1, new Reply(true, "Nine people died.", q1.sources())).correct());
        assertTrue(sets.get(0).items().get(1).unanswerable());
    }

    @Test
    void aUserTestsStoryIsItsArticlesFolderNotItsWritersNotes() throws IOException {
        Path story = Files.createDirectories(tmp.resolve("user-tests").resolve("ut190"));
        Files.createDirectories(story.resolve("articles"));
        Files.writeString(story.resolve("articles").resolve("01_wire.txt"), "Jet overruns runway\n\nNo one died.\n");
        Files.writeString(story.resolve("answers.md"), "1. any deaths? — No.\n");
        Files.writeString(story.resolve("questions.jsonl"), """
                {"id": "ut190-q01", "question": "any deaths?", "kind": "factoid", "expect_any": ["No one died"], \
                "sources": ["01_wire.txt"]}
                """);

        DevSet set = DevSets.stories(tmp.resolve("user-tests")).get(0);

        assertEquals(story.resolve("articles"), set.corpus());
        assertEquals(set.items(), set.items(Part.of("ut190")), "in the half of the story's name, as its conflicts are");
    }
}
