package de.thwien.dsr.faults;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Prints the harness's (and the embedded infrastructure's) progress on the console. The harness JVM runs no
 * Quarkus app that would configure logging (nor does the pipeline benchmark's JVM, which uses it too).
 */
public final class HarnessLogging {

    private static final String FORMAT = "%1$tT %4$-5s [%3$s] %5$s%6$s%n";
    /** Held on purpose: JUL keeps loggers weakly, a collected logger would forget its handler. */
    private static final Logger HARNESS = Logger.getLogger("de.thwien.dsr");

    private HarnessLogging() {
    }

    public static synchronized void toConsole() {
        if (HARNESS.getHandlers().length > 0) {
            return;
        }
        Handler console = new ConsoleHandler() {
            {
                setOutputStream(System.out);
            }

            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        console.setFormatter(new SimpleFormatter());
        console.setLevel(Level.INFO);
        HARNESS.setLevel(Level.INFO);
        HARNESS.addHandler(console);
        // the root logger only has Quarkus's delayed handler (from the platform jar's dependencies), which
        // buffers until a Quarkus app starts: never, in this JVM
        HARNESS.setUseParentHandlers(false);
    }
}
