package dev.crosscheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.EmbeddingModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void missingDefaultFileMeansDefaults() {
        Settings s = SettingsLoader.load(tmp.resolve("none.yaml"), false, Map.of());
        assertEquals(Path.of("seeds"), s.seeds());
        assertEquals(Path.of("data"), s.data());
    }

    @Test
    void fileThenEnvironmentOverride() throws IOException {
        Path f = Files.writeString(tmp.resolve("c.yaml"), "seeds: articles\ndata: store\n");
        Settings fromFile = SettingsLoader.load(f, true, Map.of());
        assertEquals(Path.of("articles"), fromFile.seeds());
        Settings fromEnv = SettingsLoader.load(f, true, Map.of("CROSSCHECK_DATA", "/var/cc"));
        assertEquals(Path.of("/var/cc"), fromEnv.data());
        assertEquals(Path.of("articles"), fromEnv.seeds());
    }

    @Test
    void unknownOptionIsNamed() throws IOException {
        Path f = Files.writeString(tmp.resolve("c.yaml"), "seeds: a\nsedes: b\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(f, true, Map.of()));
        assertTrue(e.getMessage().contains("sedes"), e.getMessage());
    }

    @Test
    void missingNamedFileIsAnError() {
        assertThrows(ConfigException.class, () -> SettingsLoader.load(tmp.resolve("x.yaml"), true, Map.of()));
    }

    @Test
    void theShippedConfigFileLoads() {
        Path shipped = Path.of("").toAbsolutePath().getParent().resolve("config/crosscheck.yaml");
        Settings s = SettingsLoader.load(shipped, true, Map.of());
        assertEquals(Path.of("seeds"), s.seeds());
    }

    @Test
    void theEmbeddingModelIsChosenByNameInTheFileOrTheEnvironment() throws IOException {
        assertEquals(Embedder.DEFAULT_MODEL, SettingsLoader.load(tmp.resolve("none.yaml"), false, Map.of()).model());
        Path f = Files.writeString(tmp.resolve("c.yaml"), "model: bge-small-en-v15-q\n");
        assertEquals(EmbeddingModels.BGE_SMALL, SettingsLoader.load(f, true, Map.of()).model());
        assertEquals(EmbeddingModels.MINILM, SettingsLoader.load(f, true,
                Map.of("CROSSCHECK_MODEL", "all-minilm-l6-v2-q")).model());
    }

    @Test
    void anUnknownModelIsAnErrorListingTheKnownOnes() throws IOException {
        Path f = Files.writeString(tmp.resolve("c.yaml"), "model: gpt-9\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(f, true, Map.of()));
        assertTrue(e.getMessage().contains("gpt-9") && e.getMessage().contains("bge-small-en-v15-q"), e.getMessage());
    }

    @Test
    void howManyConversationsAreRememberedIsSetInTheFileOrTheEnvironment() throws IOException {
        assertEquals(1_000, SettingsLoader.load(tmp.resolve("none.yaml"), false, Map.of()).conversations());
        Path f = Files.writeString(tmp.resolve("c.yaml"), "conversations:\n  limit: 50\n");
        assertEquals(50, SettingsLoader.load(f, true, Map.of()).conversations());
        assertEquals(7, SettingsLoader.load(f, true, Map.of("CROSSCHECK_CONVERSATIONS_LIMIT", "7")).conversations());
    }

    @Test
    void aConversationLimitThatIsNoPositiveWholeNumberIsNamed() throws IOException {
        for (String limit : new String[] {"0", "-5", "many", "1.5"}) {
            Path f = Files.writeString(tmp.resolve("c.yaml"), "conversations:\n  limit: " + limit + "\n");
            ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(f, true, Map.of()));
            assertTrue(e.getMessage().contains("conversations.limit") && e.getMessage().contains(limit),
                    e.getMessage());
        }
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(tmp.resolve("none.yaml"),
                false, Map.of("CROSSCHECK_CONVERSATIONS_LIMIT", "lots")));
        assertTrue(e.getMessage().contains("CROSSCHECK_CONVERSATIONS_LIMIT"), e.getMessage());
    }

    @Test
    void aFileThatIsNoYamlSaysWhere() throws IOException {
        Path f = Files.writeString(tmp.resolve("c.yaml"), "seeds: a\ndiscord:\n  guilds: [abc\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(f, true, Map.of()));
        assertTrue(e.getMessage().contains("line 3") || e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongShapeNamesItsOptionAndLineNotAJavaType() throws IOException {
        Path f = Files.writeString(tmp.resolve("c.yaml"), "seeds: a\nconversations: -5\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(f, true, Map.of()));
        assertTrue(e.getMessage().contains("\"conversations\"") && e.getMessage().contains("line 2"),
                e.getMessage());
        assertFalse(e.getMessage().contains("dev.crosscheck") || e.getMessage().contains("instance of"),
                e.getMessage());
    }
    @Test
    void aFileOfOnlyCommentsMeansDefaults() throws IOException {
        // An empty file had been "\"\" … has a value of the wrong kind".
        for (String text : new String[] {"", "# nothing set yet\n\n#seeds: news\n", "  \n"}) {
            Path f = Files.writeString(tmp.resolve("c.yaml"), text);
            assertEquals(Settings.defaults(), SettingsLoader.load(f, true, Map.of()), text);
        }
    }

    @Test
    void aKeyGivenTwiceIsNamedNotAJavaType() throws IOException {
        for (String text : new String[] {"conversations:\n  limit: 5\n  limit: 6\n", "seeds: a\nseeds: b\n"}) {
            Path f = Files.writeString(tmp.resolve("c.yaml"), text);
            ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(f, true, Map.of()),
                    text);
            assertTrue(e.getMessage().contains("twice") && e.getMessage().contains("line "), e.getMessage());
            assertFalse(e.getMessage().contains("dev.crosscheck") || e.getMessage().contains("creator"),
                    e.getMessage());
        }
    }

    @Test
    void aFolderGivenAsTheConfigFileIsSaidToBeOne() {
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(tmp, true, Map.of()));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }
}
