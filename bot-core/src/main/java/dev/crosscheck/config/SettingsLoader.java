package dev.crosscheck.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.crosscheck.feed.FeedSource;
import dev.crosscheck.index.EmbeddingModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads config/crosscheck.yaml, then lets environment variables override it (flags are applied by the CLI). */
public final class SettingsLoader {
    public static final Path DEFAULT_FILE = Path.of("config", "crosscheck.yaml");

    private SettingsLoader() {
    }

    /** The file's shape: the core's options, and each chat platform's own section passed on as it is. */
    record FileSettings(String seeds, String data, String model, StorageSettings storage,
                        Map<String, Object> discord, Map<String, Object> telegram, JsonNode feeds,
                        ConversationSettings conversations) {
        Map<String, Object> platforms() {
            Map<String, Object> out = new java.util.HashMap<>();
            if (discord != null) {
                out.put("discord", discord);
            }
            if (telegram != null) {
                out.put("telegram", telegram);
            }
            return out;
        }
    }

    /** The conversations section: how many are remembered at most. */
    record ConversationSettings(String limit) {
    }

    /** The storage section. */
    record StorageSettings(@JsonProperty("jdbc-url") String jdbcUrl, String user, String password) {
    }

    /** Loads the file if it exists (a missing default file is fine, a missing named file is not). */
    public static Settings load(Path file, boolean explicit, Map<String, String> env) {
        Settings s = Settings.defaults();
        if (file != null && Files.isRegularFile(file)) {
            s = apply(s, read(file), file);
        } else if (explicit && file != null && Files.isDirectory(file)) {
            throw new ConfigException("config file is a folder: " + file);
        } else if (explicit) {
            throw new ConfigException("config file not found: " + file);
        }
        if (env.get("CROSSCHECK_SEEDS") != null && !env.get("CROSSCHECK_SEEDS").isBlank()) {
            s = s.withSeeds(Path.of(env.get("CROSSCHECK_SEEDS")));
        }
        if (env.get("CROSSCHECK_DATA") != null && !env.get("CROSSCHECK_DATA").isBlank()) {
            s = s.withData(Path.of(env.get("CROSSCHECK_DATA")));
        }
        if (env.get("CROSSCHECK_MODEL") != null && !env.get("CROSSCHECK_MODEL").isBlank()) {
            s = s.withModel(model(env.get("CROSSCHECK_MODEL"), "CROSSCHECK_MODEL"));
        }
        String feeds = env.get("CROSSCHECK_FEEDS");
        if (feeds != null && !feeds.isBlank()) {
            List<FeedSource> sources = new ArrayList<>(s.feeds().sources());
            for (String url : feeds.split(",")) {
                if (!url.isBlank()) {
                    java.net.URI uri = FeedConfig.url(url.strip(), "CROSSCHECK_FEEDS");
                    // A feed the file already follows is followed once, as the file names it.
                    if (sources.stream().noneMatch(f -> f.url().equals(uri))) {
                        sources.add(new FeedSource(uri, null));
                    }
                }
            }
            s = s.withFeeds(s.feeds().withSources(sources));
        }
        String poll = env.get("CROSSCHECK_FEEDS_POLL");
        if (poll != null && !poll.isBlank()) {
            s = s.withFeeds(FeedConfig.withPoll(s.feeds(), poll, "CROSSCHECK_FEEDS_POLL"));
        }
        String conversations = env.get("CROSSCHECK_CONVERSATIONS_LIMIT");
        if (conversations != null && !conversations.isBlank()) {
            s = s.withConversations(limit(conversations, "CROSSCHECK_CONVERSATIONS_LIMIT"));
        }
        Settings.Storage st = s.storage();
        s = s.withStorage(new Settings.Storage(
                firstNonBlank(env.get("CROSSCHECK_JDBC_URL"), st.jdbcUrl()),
                firstNonBlank(env.get("CROSSCHECK_JDBC_USER"), st.user()),
                firstNonBlank(env.get("CROSSCHECK_JDBC_PASSWORD"), st.password())));
        return s;
    }

    private static FileSettings read(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // A key given twice is a mistake to name, not a value to take silently (or a Java error to show).
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        FileSettings none = new FileSettings(null, null, null, null, null, null, null, null);
        try {
            if (onlyComments(file)) {
                // A file of comments sets nothing; to the parser it is no content at all, "of the wrong kind".
                return none;
            }
            FileSettings f = yaml.readValue(file.toFile(), FileSettings.class);
            return f == null ? none : f;
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException("unknown option \"" + e.getPropertyName() + "\" in " + file);
        } catch (MismatchedInputException e) {
            // Jackson's own words name Java types; the user wrote an option and a value.
            String option = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
            throw new ConfigException("cannot read " + file + ": \"" + option + "\"" + at(e.getLocation())
                    + " has a value of the wrong kind (see config/crosscheck.yaml for the shape of each option)");
        } catch (JsonProcessingException e) {
            java.util.regex.Matcher twice = DUPLICATE.matcher(e.getOriginalMessage());
            if (twice.find()) {
                throw new ConfigException("cannot read " + file + ": \"" + twice.group(1) + "\" is given twice"
                        + at(e.getLocation()));
            }
            throw new ConfigException("cannot read " + file + ": not valid YAML" + at(e.getLocation()) + " ("
                    + e.getOriginalMessage().lines().findFirst().orElse("").strip() + ")");
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException("cannot read " + file + ": " + why);
        }
    }

    /** Jackson's words for a key given twice in one mapping. */
    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile(
            "^Duplicate field '([^']*)'");

    /** Whether the file holds nothing but blank lines and comments. */
    private static boolean onlyComments(Path file) throws IOException {
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).lines()
                .map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"));
    }

    /** " at line 3, column 11", or nothing when the parser gave no place. */
    private static String at(JsonLocation where) {
        return where == null || where.getLineNr() < 1 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    private static EmbeddingModels model(String id, String where) {
        return EmbeddingModels.byId(id).orElseThrow(() -> new ConfigException("unknown embedding model \"" + id
                + "\" in " + where + " (known: " + java.util.Arrays.stream(EmbeddingModels.values())
                .map(EmbeddingModels::id).collect(java.util.stream.Collectors.joining(", ")) + ")"));
    }

    private static Settings apply(Settings s, FileSettings f, Path file) {
        if (f.seeds() != null && !f.seeds().isBlank()) {
            s = s.withSeeds(Path.of(f.seeds()));
        }
        if (f.data() != null && !f.data().isBlank()) {
            s = s.withData(Path.of(f.data()));
        }
        if (f.model() != null && !f.model().isBlank()) {
            s = s.withModel(model(f.model(), file.toString()));
        }
        if (f.storage() != null) {
            s = s.withStorage(new Settings.Storage(f.storage().jdbcUrl(), f.storage().user(), f.storage().password()));
        }
        if (f.conversations() != null && f.conversations().limit() != null
                && !f.conversations().limit().isBlank()) {
            s = s.withConversations(limit(f.conversations().limit(), "conversations.limit in " + file));
        }
        if (f.feeds() != null && !f.feeds().isNull()) {
            s = s.withFeeds(FeedConfig.read(f.feeds(), file.toString()));
        }
        return s.withPlatforms(f.platforms());
    }

    /** A limit as typed: digits only, at least 1. */
    private static int limit(String typed, String where) {
        String digits = typed.strip();
        if (!digits.matches("[0-9]{1,9}") || Integer.parseInt(digits) < 1) {
            throw new ConfigException(where + " must be a whole number of at least 1, not \"" + typed.strip() + "\"");
        }
        return Integer.parseInt(digits);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
