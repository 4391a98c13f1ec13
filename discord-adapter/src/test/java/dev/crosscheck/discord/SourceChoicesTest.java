package dev.crosscheck.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class SourceChoicesTest {
    private static Document doc(String id, String title) {
        return new Document(id, title, title, "hash-" + id, List.of());
    }

    private static final Corpus CORPUS = new Corpus(Path.of("seeds"), List.of(
            doc("001_kyiv.txt", "Explosions in Kyiv overnight"),
            doc("002_lviv.txt", "Lviv counts its dead after missile strike"),
            doc("003_grid.txt", "Missile strikes cut power to Kyiv")), List.of());

    private static List<String> values(String typed) {
        return SourceChoices.matching(CORPUS, typed).stream().map(Command.Choice::getAsString).toList();
    }

    @Test
    void everyTypedWordMustAppearInTheIdOrTitleAndTitlesStartingWithItComeFirst() {
        assertEquals(List.of("003_grid.txt", "002_lviv.txt"), values("missile"));
        assertEquals(List.of("003_grid.txt"), values("Missile  KYIV"));
        assertEquals(List.of("001_kyiv.txt"), values("001"));
        assertEquals(List.of("001_kyiv.txt", "002_lviv.txt", "003_grid.txt"), values(""), "nothing typed yet: all");
    }

    @Test
    void atMost25ChoicesEachNamedByTitleAndIdWithinDiscordsLimits() {
        List<Document> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(doc("article-" + i + ".txt", "A very long title about the missile strikes ".repeat(5) + i));
        }
        List<Command.Choice> choices = SourceChoices.matching(new Corpus(Path.of("x"), many, List.of()), "missile");
        assertEquals(25, choices.size());
        for (Command.Choice c : choices) {
            assertTrue(c.getName().length() <= 100 && c.getName().endsWith("(" + c.getAsString() + ")"), c.getName());
        }
    }
}
