package dev.crosscheck.cli;

import dev.crosscheck.Bot;
import dev.crosscheck.Frontend;
import dev.crosscheck.config.Settings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck serve}: runs the bot; with no platform tokens set it is the console chat. */
@Command(name = "serve", description = "Run the bot on every platform whose token is set (else the console chat).")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return serve(parent, spec.commandLine().getOut());
    }

    /**
     * Starts every chat platform whose token is set and runs until stopped (SIGTERM closes them cleanly); with no
     * platform configured it is the console chat.
     */
    static int serve(CrosscheckCommand top, PrintWriter out) throws Exception {
        Settings settings = top.settings();
        Map<String, String> env = System.getenv();
        List<Frontend> wanted = new ArrayList<>();
        for (Frontend f : ServiceLoader.load(Frontend.class)) {
            if (f.configured(settings, env)) {
                wanted.add(f);
            }
        }
        if (wanted.isEmpty()) {
            return ChatCommand.chat(top, out);
        }
        Bot bot = Bot.start(settings);
        List<Frontend> started = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop(started, bot);
            stopped.countDown();
        }, "crosscheck-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            for (Frontend f : wanted) {
                try {
                    f.start(bot, settings, env);
                } catch (Exception e) {
                    // A half-started front end may hold threads or sockets: close it too.
                    started.add(f);
                    throw e;
                }
                started.add(f);
                LOG.info("{} connected", f.name());
            }
        } catch (Exception e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(started, bot);
            throw e;
        }
        stopped.await();
        return 0;
    }

    private static void stop(List<Frontend> frontends, Bot bot) {
        for (Frontend f : frontends) {
            try {
                f.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed: {}", f.name(), e.getMessage());
            }
        }
        bot.close();
    }
}
