package dev.crosscheck.discord;

import dev.crosscheck.answer.Citation;
import dev.crosscheck.command.Reply;
import dev.crosscheck.command.SourceList;
import dev.crosscheck.command.Text;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders command replies for Discord: the text (markdown-escaped, [n] markers kept) in messages under 2,000
 * characters split at sentence ends, and the numbered sources in embeds; alerts as one embed. No message it builds
 * may mention anyone.
 */
final class DiscordRenderer {
    /** Below Discord's 2,000 so that a split never lands on the limit itself. */
    static final int TEXT_LIMIT = 1_900;
    /** A reply longer than this many messages (a very large /sources) is cut with a note rather than flooding. */
    static final int MAX_MESSAGES = Text.MAX_MESSAGES;
    private static final String CUT_NOTE = "\n-# " + Text.CUT_NOTE;
    /** Discord's own limit for a message's content. */
    private static final int MESSAGE_LIMIT = 2_000;
    private static final int EMBED_TEXT = 2_500;
    /** Two embeds of {@link #EMBED_TEXT} stay within Discord's 6,000 characters of embeds per message. */
    private static final int EMBEDS_PER_MESSAGE = 2;
    private static final SourceList.Markup MARKUP = new SourceList.Markup(Markdown::escape, n -> "**" + n + "**",
            Markdown::link);
    private static final int SOURCES = 0x5865F2;
    private static final String SOURCES_TITLE = "Sources";
    private static final int ALERT = 0xE67E22;

    private DiscordRenderer() {
    }

    /** The messages of one reply, in order, with the sources in embeds. */
    static List<MessageCreateData> render(Reply reply) {
        return render(reply, true);
    }

    /** As {@link #render(Reply)}; without embeds (no Embed Links permission) the sources follow the text. */
    static List<MessageCreateData> render(Reply reply, boolean withEmbeds) {
        String text = withEmbeds ? text(reply) : text(reply) + sourcesAsText(reply);
        List<String> parts = Text.split(text, TEXT_LIMIT);
        if (parts.isEmpty()) {
            parts = List.of("(nothing to show)");
        }
        parts = Text.cap(parts, CUT_NOTE, MESSAGE_LIMIT);
        List<MessageEmbed> embeds = new ArrayList<>();
        if (withEmbeds) {
            embeds.addAll(embeds(SOURCES_TITLE, sourceLines(reply.citations(), reply.has(Reply.Flag.BRIEF_SOURCES))));
            embeds.addAll(embeds(seeAlsoTitle(reply), sourceLines(reply.seeAlso(), false)));
        }
        List<MessageCreateData> messages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            MessageCreateBuilder m = quiet().setContent(parts.get(i));
            if (i == parts.size() - 1) {
                m.setEmbeds(take(embeds));
            }
            messages.add(m.build());
        }
        while (!embeds.isEmpty()) {
            messages.add(quiet().setEmbeds(take(embeds)).build());
        }
        return messages;
    }

    /** An alert: the conflict's heading, its sides with [n] markers, and the quoted sources, in one embed. */
    static MessageCreateData alert(Reply conflict) {
        EmbedBuilder embed = new EmbedBuilder().setColor(ALERT).setFooter("Crosscheck alert · /conflicts lists them all");
        StringBuilder description = new StringBuilder();
        boolean titled = false;
        for (Reply.Segment s : conflict.segments()) {
            if (s.style() == Reply.Style.HEADING && !titled) {
                embed.setTitle(Text.shorten(s.text(), MessageEmbed.TITLE_MAX_LENGTH));
                titled = true;
            } else {
                appendLine(description, Markdown.escape(s.text()));
            }
        }
        description.append('\n');
        List<String> lines = sourceLines(conflict.citations(), false);
        for (int i = 0; i < lines.size(); i++) {
            String more = "\n… and " + (lines.size() - i) + " more sources";
            if (description.length() + 1 + lines.get(i).length() + more.length() > MessageEmbed.DESCRIPTION_MAX_LENGTH) {
                description.append(more);
                break;
            }
            appendLine(description, lines.get(i));
        }
        embed.setDescription(description.toString().strip());
        return quiet().setEmbeds(embed.build()).build();
    }

    /** A message with no mentions allowed, not even of the user it replies to. */
    static MessageCreateBuilder quiet() {
        return new MessageCreateBuilder().setAllowedMentions(List.of()).mentionRepliedUser(false);
    }

    /** A one-off plain message (errors, notices), escaped and quiet. */
    static MessageCreateData plain(String text) {
        return quiet().setContent(Text.shorten(Markdown.escape(text), TEXT_LIMIT)).build();
    }

    static String text(Reply reply) {
        StringBuilder sb = new StringBuilder();
        for (Reply.Segment s : reply.segments()) {
            appendLine(sb, switch (s.style()) {
                case HEADING -> Markdown.bold(s.text());
                case TEXT -> Markdown.escape(s.text());
                case ITEM -> "• " + Markdown.escape(s.text());
                case NOTE -> "-# " + Markdown.escape(s.text());
            });
        }
        return sb.toString();
    }

    private static String sourcesAsText(Reply reply) {
        StringBuilder sb = new StringBuilder();
        List<String> sources = sourceLines(reply.citations(), reply.has(Reply.Flag.BRIEF_SOURCES));
        if (!sources.isEmpty()) {
            sb.append("\n\n**").append(SOURCES_TITLE).append("**\n").append(String.join("\n", sources));
        }
        List<String> related = sourceLines(reply.seeAlso(), false);
        if (!related.isEmpty()) {
            sb.append("\n\n**").append(seeAlsoTitle(reply)).append("**\n").append(String.join("\n", related));
        }
        return sb.toString();
    }

    private static String seeAlsoTitle(Reply reply) {
        return SourceList.seeAlsoHeading(reply);
    }

    /** The numbered sources in Discord markdown. */
    static List<String> sourceLines(List<Citation> citations, boolean brief) {
        return SourceList.lines(citations, brief, MARKUP);
    }

    private static List<MessageEmbed> embeds(String title, List<String> lines) {
        List<MessageEmbed> out = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        for (String line : lines) {
            if (description.length() + 1 + line.length() > EMBED_TEXT && description.length() > 0) {
                out.add(embed(out.isEmpty() ? title : title + " (continued)", description));
                description.setLength(0);
            }
            appendLine(description, line);
        }
        if (description.length() > 0) {
            out.add(embed(out.isEmpty() ? title : title + " (continued)", description));
        }
        return out;
    }

    private static MessageEmbed embed(String title, CharSequence description) {
        return new EmbedBuilder().setColor(SOURCES).setTitle(title).setDescription(description).build();
    }

    private static List<MessageEmbed> take(List<MessageEmbed> embeds) {
        List<MessageEmbed> batch = new ArrayList<>(embeds.subList(0, Math.min(EMBEDS_PER_MESSAGE, embeds.size())));
        embeds.subList(0, batch.size()).clear();
        return batch;
    }

    private static void appendLine(StringBuilder sb, String line) {
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(line);
    }
}
