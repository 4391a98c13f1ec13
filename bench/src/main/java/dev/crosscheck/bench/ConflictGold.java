package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.conflict.Conflict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A conflict development set: the disagreements a detector must report and the agreements it must not, read from
 * either format in {@code ../shared/eval} ({@code conflicts-dev.json} and {@code conflicts-rail/gold.json}).
 */
record ConflictGold(String name, Path articles, List<Item> required, List<Item> agreements) {

    /** One side of an item: a statement from one of these sources whose quote matches. */
    record Side(List<String> sources, Pattern quote) {
        boolean matches(Conflict.Statement s) {
            return sources.contains(s.source()) && quote.matcher(s.quote()).find();
        }

        boolean matches(Conflict c) {
            return c.statements().stream().anyMatch(this::matches);
        }

        /**
         * Stricter: the quote's match holds the value the statement disagrees on, so a sentence that mentions the
         * agreed figure beside a disputed one ("at about 90 km/h, well below the 120 km/h limit") does not count.
         */
        boolean matchesValue(Conflict.Statement s) {
            if (!sources.contains(s.source())) {
                return false;
            }
            int at = s.quote().indexOf(s.value());
            java.util.regex.Matcher m = quote.matcher(s.quote());
            while (m.find()) {
                if (at < 0 || at < m.end() && m.start() < at + s.value().length()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A planted disagreement (with its kind) or an agreement (kind empty), in its half of the set. */
    record Item(String id, String kind, String topic, List<Side> sides, Part part) {
        /** Whether a reported conflict matches at least two of the item's sides. */
        boolean matchedBy(Conflict c) {
            return sides.stream().filter(s -> s.matches(c)).count() >= 2;
        }

        /** Whether statements on different sides of a reported conflict hold two of the item's values. */
        boolean valuesMatchedBy(Conflict c) {
            java.util.Set<Integer> sidesHit = new java.util.HashSet<>();
            java.util.Set<Integer> itemSidesHit = new java.util.HashSet<>();
            for (Conflict.Statement s : c.statements()) {
                for (int i = 0; i < sides.size(); i++) {
                    if (sides.get(i).matchesValue(s)) {
                        sidesHit.add(s.side());
                        itemSidesHit.add(i);
                    }
                }
            }
            return sidesHit.size() >= 2 && itemSidesHit.size() >= 2;
        }
    }

    /** {@code conflicts-rail/}: gold.json beside the articles folder. */
    static ConflictGold rail(Path folder) throws IOException {
        return of("conflicts-rail", folder);
    }

    /**
     * A conflict set in the rail set's layout, named {@code name}: gold.json beside the articles folder; each item in
     * the half of its id.
     */
    static ConflictGold of(String name, Path folder) throws IOException {
        return of(name, folder, null);
    }

    /**
     * A user test's story in the rail layout: every item in the half of the story's name, so that a story is read
     * whole by tuning or by checking, as a development set's article is.
     */
    static ConflictGold story(String name, Path folder) throws IOException {
        return of(name, folder, Part.of(name));
    }

    private static ConflictGold of(String name, Path folder, Part half) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(folder.resolve("gold.json")));
        List<Item> required = new ArrayList<>();
        for (JsonNode r : root.get("required")) {
            String id = r.get("id").asText();
            required.add(new Item(id, r.get("kind").asText(), r.get("topic").asText(), sides(r.get("sides")),
                    half != null ? half : Part.of(id)));
        }
        List<Item> agreements = new ArrayList<>();
        for (JsonNode a : root.get("agreements")) {
            List<Side> sides = new ArrayList<>();
            // Sources and quote patterns are listed in the same order, one pattern per source.
            for (int i = 0; i < a.get("sources").size(); i++) {
                sides.add(new Side(List.of(a.get("sources").get(i).asText()),
                        Pattern.compile(a.get("quote_regexes").get(i).asText())));
            }
            String id = a.get("id").asText();
            agreements.add(new Item(id, "", a.get("note").asText(), sides, half != null ? half : Part.of(id)));
        }
        return new ConflictGold(name, folder.resolve("articles"), required, agreements);
    }

    /** {@code conflicts-dev.json} over the seeds. */
    static ConflictGold seeds(Path file, Path seeds) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        List<Item> required = new ArrayList<>();
        int n = 0;
        for (JsonNode c : root.get("conflicts")) {
            String id = "D" + ++n;
            required.add(new Item(id, c.get("kind").asText(), c.get("topic").asText(), sides(c.get("sides")),
                    Part.of(id)));
        }
        List<Item> agreements = new ArrayList<>();
        n = 0;
        for (JsonNode a : root.get("agreements")) {
            List<Side> sides = new ArrayList<>();
            for (JsonNode q : a.get("quotes")) {
                sides.add(new Side(List.of(q.get(0).asText()), Pattern.compile(Pattern.quote(q.get(1).asText()))));
            }
            String id = "A" + ++n;
            agreements.add(new Item(id, "", a.get("topic").asText(), sides, Part.of(id)));
        }
        return new ConflictGold("conflicts-dev", seeds, required, agreements);
    }

    private static List<Side> sides(JsonNode sides) {
        List<Side> out = new ArrayList<>();
        for (JsonNode s : sides) {
            List<String> sources = new ArrayList<>();
            s.get("sources").forEach(x -> sources.add(x.asText()));
            out.add(new Side(sources, Pattern.compile(s.get("quote_regex").asText())));
        }
        return out;
    }
}
