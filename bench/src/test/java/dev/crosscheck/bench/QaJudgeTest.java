package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QaJudgeTest {
    private static QaItem factoid(List<String> any, List<String> all, List<String> sources) {
        return new QaItem("t1", "How many?", QaItem.FACTOID, any, all, sources);
    }

    @Test
    void anUnanswerableQuestionIsRightOnlyWhenNothingIsFound() {
        QaItem item = new QaItem("u1", "Who won the cup?", QaItem.UNANSWERABLE, List.of(), List.of(), List.of());
        assertTrue(QaJudge.judge(item, Reply.notFound()).correct());
        Verdict answered = QaJudge.judge(item, new Reply(true, "Spain won.", List.of("a.txt")));
        assertFalse(answered.correct());
        assertEquals("answered an unanswerable question", answered.why());
    }

    @Test
    void anyOfTheExpectedPatternsWillDo() {
        QaItem item = factoid(List.of("\\bsix\\b", "\\b6\\b"), List.of(), List.of("a.txt"));
        assertTrue(QaJudge.judge(item, new Reply(true, "It fired 6 missiles.", List.of("a.txt"))).correct());
        assertFalse(QaJudge.judge(item, new Reply(true, "It fired 16 missiles.", List.of("a.txt"))).correct());
    }

    @Test
    void everyPatternOfExpectAllMustBeInTheReply() {
        QaItem item = factoid(List.of(), List.of("\\bnine\\b", "\\bsix\\b"), List.of("a.txt"));
        assertTrue(QaJudge.judge(item, new Reply(true, "Sources differ: nine, or six.", List.of("a.txt"))).correct());
        Verdict half = QaJudge.judge(item, new Reply(true, "Nine were killed; nine more hurt.", List.of("a.txt")));
        assertFalse(half.correct());
        assertEquals("missing \\bsix\\b", half.why());
    }

    @Test
    void theRightWordsFromTheWrongSourceAreWrong() {
        QaItem item = factoid(List.of("\\b81\\b"), List.of(), List.of("a.txt", "b.txt"));
        Verdict elsewhere = QaJudge.judge(item, new Reply(true, "81 missiles", List.of("c.txt")));
        assertFalse(elsewhere.correct());
        assertTrue(elsewhere.why().startsWith("no citation from"));
        assertTrue(QaJudge.judge(item, new Reply(true, "81 missiles", List.of("c.txt", "b.txt"))).correct());
    }

    @Test
    void aReplyThatFoundNothingAnswersNoFactoid() {
        Verdict v = QaJudge.judge(factoid(List.of("x"), List.of(), List.of()), Reply.notFound());
        assertFalse(v.correct());
        assertEquals("not found", v.why());
    }
}
