package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Origin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON shapes tools read: the origin fields are added only when a source's front matter gives them. */
class JsonTest {
    private static final Origin FETCHED = new Origin("https://example.org/news/kyiv-strikes", "Example News",
            Instant.parse("2026-12-01T09:30:00Z"));

    private static JsonNode cited(Citation c) {
        return new ObjectMapper().valueToTree(Json.citations(List.of(c))).get(0);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aCitationOfAFetchedArticleGainsItsUrlOutletAndPublishedTime() {
        JsonNode c = cited(new Citation(1, "feeds/example/a.md", "Strikes hit Kyiv", "Strikes hit Kyiv.", FETCHED));
        assertEquals(List.of("n", "source", "title", "quote", "url", "outlet", "published"), fields(c));
        assertEquals("https://example.org/news/kyiv-strikes", c.get("url").asText());
        assertEquals("Example News", c.get("outlet").asText());
        assertEquals("2026-12-01T09:30:00Z", c.get("published").asText());
    }

    @Test
    void aCitationOfAPlainFileKeepsExactlyTheFieldsItHad() {
        assertEquals(List.of("n", "source", "title", "quote"), fields(cited(new Citation(1, "a.txt", "T", "Q."))));
    }

    @Test
    void aPartlyKnownOriginGivesOnlyWhatIsKnown() {
        JsonNode c = cited(new Citation(1, "a.md", "T", "Q.", new Origin(null, "Example News", null)));
        assertEquals(List.of("n", "source", "title", "quote", "outlet"), fields(c));
    }

    @Test
    void aConflictsStatementsCarryTheirSourcesOrigin() {
        Conflict c = new Conflict("id", "people killed", Conflict.Kind.DIVERGENT, List.of(
                new Conflict.Statement("a.md", "Six died.", "six", 0, "", FETCHED),
                new Conflict.Statement("b.txt", "Nine died.", "nine", 1, "")), "1");
        JsonNode statements = new ObjectMapper().valueToTree(Json.conflicts(List.of(c)))
                .get("conflicts").get(0).get("statements");
        assertEquals("Example News", statements.get(0).get("outlet").asText());
        assertEquals(List.of("source", "quote", "value", "said_by"), fields(statements.get(1)));
    }
}
