package dev.crosscheck.bench;

import dev.crosscheck.answer.ExtractiveComposer;
import dev.crosscheck.answer.RankedSentence;
import dev.crosscheck.conversation.FollowUpReader;
import dev.crosscheck.conversation.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns the questions of a development set's tune half into training questions through the composer's ranker. */
public final class TrainingData {
    private TrainingData() {
    }

    /** Every item of {@code items}, ranked by {@code composer}, each candidate labelled by the item's answers. */
    public static List<TrainingQuestion> of(String group, List<QaItem> items, ExtractiveComposer composer) {
        List<TrainingQuestion> out = new ArrayList<>();
        for (QaItem item : items) {
            List<Pattern> answers = new ArrayList<>();
            item.expectAny().forEach(re -> answers.add(Pattern.compile(re)));
            item.expectAll().forEach(re -> answers.add(Pattern.compile(re)));
            List<TrainingQuestion.Row> rows = new ArrayList<>();
            String asked = asked(item, composer);
            for (RankedSentence r : composer.candidates(asked)) {
                boolean fromSource = item.sources().isEmpty() || item.sources().contains(r.quote().docId());
                boolean right = !item.unanswerable() && fromSource && holds(answers, r.quote().text());
                boolean passageRight = !item.unanswerable() && fromSource && holds(answers, r.passage().text());
                rows.add(new TrainingQuestion.Row(r.features().clone(), right, passageRight,
                        r.quote().docId() + ": " + r.quote().text()));
            }
            out.add(new TrainingQuestion(item.id(), asked, group, !item.unanswerable(), rows));
        }
        return out;
    }

    /**
     * The question as the composer is asked it: a follow-up as the command layer reads it after the questions
     * before it in its conversation and what the composer answered them.
     */
    static String asked(QaItem item, ExtractiveComposer composer) {
        FollowUpReader reader = new FollowUpReader();
        List<Turn> turns = new ArrayList<>();
        for (String typed : item.before()) {
            String read = reader.read(typed, turns).question();
            turns.add(new Turn(typed, read, composer.answer(read).given()));
        }
        return reader.read(item.question(), turns).question();
    }

    private static boolean holds(List<Pattern> answers, String text) {
        return answers.stream().anyMatch(p -> p.matcher(text).find());
    }
}
