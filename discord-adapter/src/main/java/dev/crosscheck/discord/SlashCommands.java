package dev.crosscheck.discord;

import dev.crosscheck.command.Command;
import dev.crosscheck.command.Commands;
import dev.crosscheck.summary.Length;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The slash commands, described with the command layer's own words so that /help and Discord's menu agree. */
final class SlashCommands {
    private static final Logger LOG = LoggerFactory.getLogger(SlashCommands.class);

    static final String QUESTION = "question";
    static final String SOURCE = "source";
    static final String TOPIC = "topic";
    static final String LENGTH = "length";
    static final String WORDS = "words";
    /** Changing a chat's alerts is for people who may change the channel itself. */
    static final Permission MANAGE = Permission.MANAGE_CHANNEL;
    private static final long REGISTER_TIMEOUT_SECONDS = 30;

    private SlashCommands() {
    }

    /** Every command, usable in guilds and in a DM with the bot (Discord applies the DM part to global ones). */
    static List<SlashCommandData> definitions() {
        List<SlashCommandData> all = new ArrayList<>();
        for (Command c : Command.values()) {
            SlashCommandData data = net.dv8tion.jda.api.interactions.commands.build.Commands
                    .slash(c.word(), c.description())
                    .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
            switch (c) {
                case ASK -> data.addOptions(new OptionData(OptionType.STRING, QUESTION,
                        "What you want to know from the articles", true).setMaxLength(Commands.MAX_QUESTION_CHARS));
                case SUMMARY -> data.addOptions(
                        new OptionData(OptionType.STRING, SOURCE, "One article: its id or words of its title")
                                .setAutoComplete(true),
                        new OptionData(OptionType.STRING, TOPIC, "Only what the articles say about these words")
                                .setMaxLength(Commands.MAX_QUESTION_CHARS),
                        lengthOption());
                case SUBSCRIBE -> data.addOptions(new OptionData(OptionType.STRING, TOPIC,
                        "Only disagreements about these words (leave empty for any)"))
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(MANAGE));
                case UNSUBSCRIBE -> data.addOptions(new OptionData(OptionType.STRING, TOPIC,
                        "The topic to stop, or all (leave empty for all)"))
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(MANAGE));
                case CONFLICTS -> data.addOptions(new OptionData(OptionType.STRING, TOPIC,
                        "Only disagreements about these words (leave empty for all)"));
                case SOURCES -> data.addOptions(new OptionData(OptionType.STRING, WORDS,
                        "Only articles whose title or id has these words").setMaxLength(Commands.MAX_QUESTION_CHARS));
                case ALERTS, HELP -> {
                }
            }
            all.add(data);
        }
        return all;
    }

    private static OptionData lengthOption() {
        OptionData length = new OptionData(OptionType.STRING, LENGTH, "short: about three sentences; normal: six to eight");
        for (Length l : Length.values()) {
            String word = l.name().toLowerCase(Locale.ROOT);
            length.addChoice(word, word);
        }
        return length;
    }

    /** Registers the commands in each listed guild (instant), or globally when none is listed. */
    static void register(JDA jda, List<Long> guilds) {
        List<SlashCommandData> commands = definitions();
        if (guilds.isEmpty()) {
            jda.updateCommands().addCommands(commands).timeout(REGISTER_TIMEOUT_SECONDS, TimeUnit.SECONDS).complete();
            LOG.info("{} slash commands registered globally", commands.size());
            return;
        }
        for (long id : guilds) {
            Guild guild = jda.getGuildById(id);
            if (guild == null) {
                LOG.warn("The bot is not in guild {}: its slash commands are not registered there (invite the bot "
                        + "with the bot and applications.commands scopes)", Long.toUnsignedString(id));
                continue;
            }
            try {
                guild.updateCommands().addCommands(commands).timeout(REGISTER_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                        .complete();
                LOG.info("{} slash commands registered in guild {} ({})", commands.size(), guild.getName(), guild.getId());
            } catch (RuntimeException e) {
                // One guild refusing (no applications.commands scope) must not keep the others without commands.
                LOG.error("Could not register slash commands in guild {}: {}", guild.getId(), e.getMessage());
            }
        }
    }
}
