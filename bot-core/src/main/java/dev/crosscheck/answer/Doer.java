package dev.crosscheck.answer;

import dev.crosscheck.lexicon.RelatedWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did what a question asks about to a thing it names ("Which company operated the coach?", "Who supplied the
 * crane?"), as a sentence names the doer beside the deed, in the passive or the active: "The vehicle, operated by
 * the Kerrin-based firm Orbita Coachways", "the crane, supplied by Kestrel Lifting", "Kestrel Lifting supplied the
 * crane". The deed is the question's verb in any form (WordNet's morphology); the thing must be named in the
 * sentence or those around it, and every name of the question in its article.
 */
record Doer(String verb, String thing, List<String> names) {
    /** Verbs that help another or only link: "What is covered…", "Who can be…" ask no deed. */
    private static final String AUXILIARY = "(?:is|are|was|were|be|been|do|does|did|has|have|had|can|could|will|"
            + "would|shall|should|may|might|must)";
    /** "Which company operated the coach?", "What firm is running the ferry?", "Who supplied the crane?" */
    private static final Pattern ASKED = Pattern.compile("(?i)^\\s*(?:(?:which|what)\\s+(?!" + AUXILIARY
            + "\\b)[a-z]+|who)\\s+(?:(?:is|was|are|were|has|have|had)\\s+)?(?!" + AUXILIARY + "\\b)([a-z]+)\\s+"
            + "(?:(?:the|a|an|its|their)\\s+)?([^?]+?)\\s*\\??\\s*$");
    private static final Pattern NAME_WORD = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}'’\\-]+");
    /** Where what the thing is ends: "the roof before the collapse", "the gas pipes in the area". */
    private static final Pattern THING_ENDS = Pattern.compile("(?i)\\s+(?:before|after|in|on|at|during|that|which|"
            + "who|when|where|for|with|near|from)\\b.*$");
    /** An adjective made of a name, "Kerrin-based", "Tolbury-owned"; not a hyphenated name ("Rolls-Royce"). */
    private static final Pattern NAMED_ADJECTIVE = Pattern.compile("\\p{Lu}[\\p{L}'’]*(?:-\\p{L}+)*-\\p{Ll}+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-]*|[,;:.()\"“”]");

    /** The deed and the thing a question asks the doer of, if it asks that. */
    static Optional<Doer> asked(String question, RelatedWords lexicon) {
        Matcher m = ASKED.matcher(question);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<String> verb = lexicon.verbBase(m.group(1)).filter(v -> !v.matches(AUXILIARY));
        String thing = THING_ENDS.matcher(m.group(2)).replaceFirst("").trim();
        if (verb.isEmpty() || thing.isEmpty() || thing.contains(" of ")) {
            return Optional.empty();
        }
        String[] words = thing.split("\\s+");
        // The question's names say which thing, where and whose, past the words the thing ends at ("What church runs
        // some private schools in Victoria?").
        List<String> names = new ArrayList<>();
        Matcher n = NAME_WORD.matcher(question);
        while (n.find()) {
            names.add(n.group());
        }
        return Optional.of(new Doer(verb.get(), words[words.length - 1].toLowerCase(Locale.ROOT), names));
    }

    /**
     * The doer's name as the sentence gives it beside the deed, if it does, the {@code passage} around it names the
     * thing and its {@code article} every name of the question.
     */
    Optional<String> in(String sentence, String passage, String article, RelatedWords lexicon) {
        if (!namesThing(passage) || !names.stream().allMatch(name -> Mentions.writes(article, name))) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(sentence);
        while (w.find()) {
            words.add(w.group());
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!Character.isLowerCase(word.charAt(0)) || !lexicon.verbBase(word).filter(verb::equals).isPresent()) {
                continue;
            }
            if (i + 1 < words.size() && words.get(i + 1).equals("by")) {
                // The passive: the name that ends the phrase after "by" ("the Kerrin-based firm Orbita Coachways").
                Optional<String> name = nameAfter(words, i + 2);
                if (name.isPresent()) {
                    return name;
                }
            }
            // The active: a name right before the verb, and the thing within a few words after it.
            if (i > 0 && thingWithin(words, i + 1, 4)) {
                Optional<String> name = nameEndingAt(words, i - 1);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private boolean namesThing(String text) {
        return Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(thing) + "(?:s|es)?(?![\\p{L}])").matcher(text)
                .find();
    }

    private boolean thingWithin(List<String> words, int from, int span) {
        for (int j = from; j < Math.min(words.size(), from + span); j++) {
            if (namesThing(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first run of capitalised words in the phrase from {@code from}, up to a mark, past an adjective made of a
     * name ("the Kerrin-based firm Orbita Coachways").
     */
    private static Optional<String> nameAfter(List<String> words, int from) {
        int j = from;
        while (j < words.size() && j < from + 8 && Character.isLetter(words.get(j).charAt(0))) {
            if (!Character.isUpperCase(words.get(j).charAt(0))) {
                j++;
                continue;
            }
            int start = j;
            while (j < words.size() && Character.isUpperCase(words.get(j).charAt(0))) {
                j++;
            }
            // "Tolbury-based Cresswell Bulk Logistics": the adjective made of a name opens the run, not the name.
            while (start < j && NAMED_ADJECTIVE.matcher(words.get(start)).matches()) {
                start++;
            }
            if (start < j) {
                return Optional.of(String.join(" ", words.subList(start, j))).filter(Doer::isName);
            }
        }
        return Optional.empty();
    }

    /** The run of capitalised words ending at {@code end}. */
    private static Optional<String> nameEndingAt(List<String> words, int end) {
        int start = end;
        while (start >= 0 && Character.isUpperCase(words.get(start).charAt(0))) {
            start--;
        }
        return start == end ? Optional.empty()
                : Optional.of(String.join(" ", words.subList(start + 1, end + 1))).filter(Doer::isName);
    }

    /** A name, not opened by a word of grammar nor by an adjective made of one ("Kerrin-based"). */
    private static boolean isName(String name) {
        return Mentions.mayBeName(name) && !NAMED_ADJECTIVE.matcher(name.split("\\s+")[0]).matches();
    }
}
