package dev.crosscheck.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.internal.requests.RestActionImpl;

/** Posts to a channel known only by its id, as a subscription remembers it. */
final class ChannelPoster {
    private ChannelPoster() {
    }

    static RestAction<?> post(JDA jda, String channelId, MessageCreateData message) {
        MessageChannel channel = jda.getChannelById(MessageChannel.class, channelId);
        if (channel != null) {
            return channel.sendMessage(message);
        }
        // JDA can only send through a cached channel, and a DM channel is not cached after a restart; JDA's public
        // API has no "send to this id", so the request goes through its requester (same rate limits) directly.
        return new RestActionImpl<Void>(jda, Route.Messages.SEND_MESSAGE.compile(channelId), message.toData());
    }
}
