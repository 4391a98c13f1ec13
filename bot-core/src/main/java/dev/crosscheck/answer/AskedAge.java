package dev.crosscheck.answer;

import dev.crosscheck.conflict.Age;
import dev.crosscheck.lexicon.RelatedWords;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose age a question asks ("how old is Priya Halloran?", "How old was the driver who died?") and whether a sentence
 * gives it: an age of a name ending in the asked one's ("Priya Halloran, 46,"), or of the person the question
 * describes (a word for a person, by WordNet), by the age's own noun ("the 43-year-old driver") or a name beside the
 * description ("Its pilot, Jonas Pryde, 52"). A sentence like that shares little with the question besides the name,
 * so the scorer may rate it under the threshold.
 */
record AskedAge(String named, String described) {
    /** "how old is X", "What age was X", "how old are the victims". */
    private static final Pattern ASKED = Pattern.compile(
            "(?i)^\\s*(?:how old|what age)\\s+(?:is|was|are|were)\\s+([^?]+?)\\s*\\??\\s*$");
    /** An article or possessive opening a description: "the driver", "the helicopter pilot". */
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)^(?:the|a|an|its|their)\\s+");
    /** Where a description's noun phrase ends: "the pilot who got hurt", "the man charged on Monday". */
    private static final Pattern DESCRIPTION_ENDS = Pattern.compile("(?i)\\s+(?:who|that|which|whose|in|at|on|from|"
            + "of|with|after|before|when)\\b.*$");

    /** The person a question asks the age of, if it asks one. */
    static Optional<AskedAge> asked(String question) {
        Matcher m = ASKED.matcher(question);
        if (!m.matches()) {
            return Optional.empty();
        }
        String subject = m.group(1).trim();
        Matcher article = DESCRIPTION.matcher(subject);
        if (article.lookingAt()) {
            String[] words = DESCRIPTION_ENDS.matcher(subject.substring(article.end())).replaceFirst("").trim()
                    .toLowerCase(Locale.ROOT).split("\\s+");
            String head = words[words.length - 1];
            // A thing's age ("how old is the bridge") is no person's beside its word.
            return head.isEmpty() || !RelatedWords.wordNet().isRole(head) ? Optional.empty()
                    : Optional.of(new AskedAge(null, head));
        }
        String[] words = subject.toLowerCase(Locale.ROOT).split("\\s+");
        // A name's last word is the one every mention has ("Halloran", "Ms Halloran", "Priya Halloran").
        return Optional.of(new AskedAge(words[words.length - 1], null));
    }

    /** The age's words as the sentence gives them, if they are the asked person's. */
    Optional<String> in(String sentence) {
        for (Age age : Age.in(sentence)) {
            boolean byName = named != null && age.name() != null
                    && List.of(age.name().split(" ")).contains(named);
            boolean byNoun = described != null && (described.equals(age.noun())
                    || age.name() != null && Mentions.writes(sentence, described));
            if (byName || byNoun) {
                return Optional.of(sentence.substring(age.start(), age.wordsEnd()));
            }
        }
        return Optional.empty();
    }
}
