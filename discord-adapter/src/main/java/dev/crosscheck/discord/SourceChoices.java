package dev.crosscheck.discord;

import dev.crosscheck.command.Text;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** Autocomplete for /summary's source: the articles whose id or title holds every word typed so far. */
final class SourceChoices {
    private SourceChoices() {
    }

    static List<Command.Choice> matching(Corpus corpus, String typed) {
        String[] words = Text.clean(typed).toLowerCase(Locale.ROOT).split("\\s+");
        List<Document> found = new ArrayList<>();
        for (Document d : corpus.documents()) {
            // Discord refuses a choice whose value is longer than 100 characters; such an id can still be typed.
            if (d.id().length() <= OptionData.MAX_CHOICE_VALUE_LENGTH && matches(d, words)) {
                found.add(d);
            }
        }
        String first = words[0];
        found.sort(Comparator.comparing((Document d) -> !startsWith(d, first)).thenComparing(Document::id));
        List<Command.Choice> choices = new ArrayList<>();
        for (Document d : found.subList(0, Math.min(OptionData.MAX_CHOICES, found.size()))) {
            choices.add(new Command.Choice(label(d), d.id()));
        }
        return choices;
    }

    /** "Title (id)", the title shortened so that the id always shows whole. */
    private static String label(Document d) {
        int room = OptionData.MAX_CHOICE_NAME_LENGTH - d.id().length() - 3;
        return d.title().isBlank() || room < 10 ? d.id() : Text.shorten(d.title(), room) + " (" + d.id() + ")";
    }

    private static boolean matches(Document d, String[] words) {
        String haystack = (d.id() + " " + d.title()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(Document d, String word) {
        return d.id().toLowerCase(Locale.ROOT).startsWith(word) || d.title().toLowerCase(Locale.ROOT).startsWith(word);
    }
}
