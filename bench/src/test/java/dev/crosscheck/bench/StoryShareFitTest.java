package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryShareFitTest {
    private static StoryShareFit.Example followUp(double share) {
        return new StoryShareFit.Example(share, true);
    }

    private static StoryShareFit.Example newTopic(double share) {
        return new StoryShareFit.Example(share, false);
    }

    @Test
    void theShareFallsBetweenNewTopicsAndFollowUps() {
        StoryShareFit.Result r = StoryShareFit.fit(List.of(newTopic(0.2), newTopic(0.4), followUp(0.6),
                followUp(0.9), followUp(1.0)));
        assertEquals(0.5, r.share(), 1e-9);
        assertEquals(1.0, r.balancedAccuracy(), 1e-9);
    }

    @Test
    void aRareKindCountsAsMuchAsACommonOne() {
        // Reading everything as a follow-up would be right 4 times in 5; balanced accuracy keeps the new topic out.
        StoryShareFit.Result r = StoryShareFit.fit(List.of(followUp(0.3), followUp(0.8), followUp(0.9),
                followUp(1.0), newTopic(0.5)));
        assertEquals(0.65, r.share(), 1e-9);
    }

    @Test
    void ofSharesThatDoAsWellTheHighestIsKept() {
        StoryShareFit.Result r = StoryShareFit.fit(List.of(newTopic(0.2), followUp(0.5), newTopic(0.6),
                followUp(0.9)));
        assertEquals(0.75, r.share(), 1e-9);
    }

    @Test
    void bothKindsAreNeeded() {
        assertThrows(IllegalArgumentException.class, () -> StoryShareFit.fit(List.of(followUp(0.5))));
    }
}
