package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.answer.Citation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyTest {
    private static final Citation KYIV = new Citation(1, "a.txt", "A", "Klitschko is the mayor.");
    private static final Citation LVIV = new Citation(2, "b.txt", "B", "Four died in Lviv.");

    private static Reply answer(String text, List<Citation> cited, List<Citation> related, Reply.Flag... flags) {
        return new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, text)), cited, related, Set.of(flags));
    }

    @Test
    void repliesToSeveralQuestionsAreNumberedAsOneKeepingOneNumberPerQuote() {
        Reply first = answer("Four died [2]; the mayor spoke [1].", List.of(KYIV, LVIV), List.of());
        Reply second = answer("Klitschko [1], as [3] says.", List.of(KYIV.withNumber(1)), List.of());
        Reply both = Reply.sections(List.of(new Reply.Section("How many died?", first),
                new Reply.Section("Who is the mayor?", second)));
        assertEquals(List.of(new Reply.Segment(Reply.Style.HEADING, "How many died?"),
                new Reply.Segment(Reply.Style.TEXT, "Four died [2]; the mayor spoke [1]."),
                new Reply.Segment(Reply.Style.HEADING, "Who is the mayor?"),
                new Reply.Segment(Reply.Style.TEXT, "Klitschko [1], as [3] says.")), both.segments(),
                "a marker that cites nothing of its reply is text, left as it is");
        assertEquals(List.of(KYIV, LVIV), both.citations());
        assertEquals(Set.of(), both.flags());
    }

    @Test
    void relatedPassagesFollowEverySourceAndNotFoundNeedsEveryReplyNotFound() {
        Citation other = new Citation(1, "c.txt", "C", "Sirens sounded.");
        Reply found = answer("Four died [1].", List.of(LVIV.withNumber(1)), List.of(KYIV.withNumber(2)));
        Reply unfound = answer("The sources do not answer this question.", List.of(),
                List.of(other, LVIV.withNumber(2)), Reply.Flag.NOT_FOUND);
        Reply both = Reply.sections(List.of(new Reply.Section("How many died?", found),
                new Reply.Section("How old is he?", unfound)));
        assertEquals(List.of(LVIV.withNumber(1)), both.citations());
        assertEquals(List.of(KYIV.withNumber(2), other.withNumber(3)), both.seeAlso(),
                "a passage already cited is not related again");
        assertEquals(Set.of(), both.flags());
        Reply neither = Reply.sections(List.of(new Reply.Section("How old is he?", unfound),
                new Reply.Section("Where was he born?", unfound)));
        assertEquals(Set.of(Reply.Flag.NOT_FOUND), neither.flags());
    }
}
