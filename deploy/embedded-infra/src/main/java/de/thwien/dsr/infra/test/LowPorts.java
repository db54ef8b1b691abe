package de.thwien.dsr.infra.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Free loopback ports below Linux's ephemeral range (32768+). A restarted service or a reopened proxy must
 * get its port back seconds or minutes later; meanwhile the system's client connections take ephemeral
 * ports, and one of them could otherwise sit on exactly that port.
 */
public final class LowPorts {

    private static final Random RANDOM = new Random();

    private LowPorts() {
    }

    public static int free() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = RANDOM.nextInt(20_000, 32_000);
            try (ServerSocket probe = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    /**
     * {@code count} free ports, each a different one: the services of one stack are given theirs before any binds, so
     * a port that is free twice must not go to two of them (intake and the notifier once got the same).
     */
    public static List<Integer> free(int count) {
        List<Integer> ports = new ArrayList<>();
        while (ports.size() < count) {
            int port = free();
            if (!ports.contains(port)) {
                ports.add(port);
            }
        }
        return List.copyOf(ports);
    }
}
