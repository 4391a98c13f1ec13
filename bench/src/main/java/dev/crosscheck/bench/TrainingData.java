package dev.crosscheck.bench;

import dev.crosscheck.answer.ExtractiveComposer;
import dev.crosscheck.answer.RankedSentence;
import dev.crosscheck.answer.Story;
import dev.crosscheck.command.Commands;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns the questions of a development set's tune half into training questions through the composer's ranker. */
public final class TrainingData {
    private TrainingData() {
    }

    /**
     * Every item of {@code items}, read by {@code commands} after the conversation before it, ranked by
     * {@code composer}, each candidate labelled by the item's answers.
     */
    public static List<TrainingQuestion> of(String group, List<QaItem> items, Commands commands,
                                            ExtractiveComposer composer) {
        List<TrainingQuestion> out = new ArrayList<>();
        for (QaItem item : items) {
            List<Pattern> answers = new ArrayList<>();
            item.expectAny().forEach(re -> answers.add(Pattern.compile(re)));
            item.expectAll().forEach(re -> answers.add(Pattern.compile(re)));
            List<TrainingQuestion.Row> rows = new ArrayList<>();
            Posed posed = posed(item, commands);
            for (RankedSentence r : composer.candidates(posed.question(), posed.story())) {
                boolean fromSource = item.sources().isEmpty() || item.sources().contains(r.quote().docId());
                boolean right = !item.unanswerable() && fromSource && holds(answers, r.quote().text());
                int reach = 0;
                for (int after = 1; reach == 0 && after <= r.passages().size(); after++) {
                    reach = !item.unanswerable() && fromSource && holds(answers, r.passage(after).text()) ? after : 0;
                }
                rows.add(new TrainingQuestion.Row(r.features().clone(), right, reach,
                        r.quote().docId() + ": " + r.quote().text()));
            }
            out.add(new TrainingQuestion(item.id(), posed.question(), group, !item.unanswerable(), rows));
        }
        return out;
    }

    /** A question as the composer is asked it, with the story of its conversation. */
    record Posed(String question, Story story) {
    }

    /**
     * The question as the composer is asked it: a follow-up as the command layer reads it, in a conversation of its
     * own, after the questions before it and their answers.
     */
    static Posed posed(QaItem item, Commands commands) {
        return posed(item, commands, "training ");
    }

    /**
     * {@link #posed(QaItem, Commands)} in the conversation {@code purpose} + the item's id: a conversation asked
     * again from the start for another purpose must not continue the first.
     */
    static Posed posed(QaItem item, Commands commands, String purpose) {
        if (item.before().isEmpty()) {
            return new Posed(item.question(), Story.NONE);
        }
        String conversation = purpose + item.id();
        item.before().forEach(typed -> commands.ask(typed, conversation));
        Commands.Asked asked = commands.ask(item.question(), conversation);
        return new Posed(asked.readAs() != null ? asked.readAs() : item.question(), asked.story());
    }

    private static boolean holds(List<Pattern> answers, String text) {
        return answers.stream().anyMatch(p -> p.matcher(text).find());
    }
}
