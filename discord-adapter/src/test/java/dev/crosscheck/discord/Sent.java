package dev.crosscheck.discord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message the bot sent to the fake Discord. {@code kind} is "callback" (an interaction response; {@code target}
 * is the interaction id), "followup" or "edit" (through the interaction's webhook; the target is its token), or
 * "channel" (a channel message; the target is the channel id). {@code message} is the payload the bot sent and
 * {@code posted} the message it made (as the fake answered it; for a callback, a reply's), or null when none.
 */
record Sent(String kind, String target, JsonNode message, JsonNode posted, long atNanos) {

    /** The callback type for a callback (4 reply, 5 deferred, 8 autocomplete), else 0. */
    int callbackType() {
        return kind.equals("callback") ? message.path("type").asInt() : 0;
    }

    /** The payload as a message: a callback's data, or the body as it is. */
    JsonNode data() {
        return kind.equals("callback") ? message.path("data") : message;
    }

    String content() {
        return data().path("content").asText("");
    }

    /** The content, every embed's title and description, as one text to search. */
    String text() {
        StringBuilder sb = new StringBuilder(content());
        for (JsonNode embed : data().path("embeds")) {
            sb.append('\n').append(embed.path("title").asText("")).append('\n')
                    .append(embed.path("description").asText(""));
        }
        return sb.toString();
    }

    boolean ephemeral() {
        return (data().path("flags").asInt(0) & 64) != 0;
    }

    /** True when Discord would notify nobody: no parse types, no users or roles, no reply ping. */
    boolean mentionsNobody() {
        JsonNode m = data().path("allowed_mentions");
        return m.isObject() && m.path("parse").isArray() && m.path("parse").isEmpty()
                && m.path("users").isEmpty() && m.path("roles").isEmpty() && !m.path("replied_user").asBoolean(false);
    }

    /** Whether this carries text (a deferral carries none). */
    boolean hasMessage() {
        return !content().isEmpty() || data().path("embeds").size() > 0;
    }
}
