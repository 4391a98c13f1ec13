package dev.crosscheck.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/** One call the adapter made to the fake Bot API: the method (lower case), its JSON body and the fake's result. */
record Sent(String method, JsonNode body, JsonNode result) {
    String chatId() {
        return body.path("chat_id").asText();
    }

    String text() {
        return body.path("text").asText();
    }

    /** The id of the message a sendMessage posted. */
    long messageId() {
        return result.path("message_id").asLong();
    }

    /** The message this one replies to, or 0. */
    long replyTo() {
        return body.path("reply_parameters").path("message_id").asLong();
    }
}
