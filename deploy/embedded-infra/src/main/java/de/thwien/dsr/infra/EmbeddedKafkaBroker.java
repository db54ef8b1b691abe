package de.thwien.dsr.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) running inside this JVM. Same code as
 * a production broker, so transactions, idempotence, consumer groups and DLQs behave for real.
 */
final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port, int controllerPort, Path logDirectory) {
        this.server = server;
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
    }

    static EmbeddedKafkaBroker start(int port, int controllerPort, Path logDirectory) throws Exception {
        Properties properties = brokerProperties(port, controllerPort, logDirectory);
        KafkaConfig config = new KafkaConfig(properties, false);
        format(logDirectory);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        return new EmbeddedKafkaBroker(server, port, controllerPort, logDirectory);
    }

    /**
     * A new broker on the same ports and log directory as this (closed) one: the same cluster with
     * the same topics, offsets and transactions, as after a broker restart in production.
     */
    EmbeddedKafkaBroker restarted() throws Exception {
        if (!closed) {
            throw new IllegalStateException("stop the broker before starting it again");
        }
        return start(port, controllerPort, logDirectory);
    }

    private static Properties brokerProperties(int port, int controllerPort, Path logDirectory) {
        String host = LoopbackPorts.HOST;
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        // one node: every internal topic has one replica, and one in-sync replica is enough
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // fewer internal partitions: the first consumer group and first transaction get ready much faster
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.num.partitions", "5");
        // consumers join without the default 3 s wait; topics exist only when created on purpose
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        // a laptop or CI box with 2 cores: keep the thread count small
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("log.cleaner.threads", "1");
        return p;
    }

    /**
     * What {@code kafka-storage.sh format} does. A kept data directory is reused as is: formatting it
     * again, even with "ignore formatted", fails because the new random cluster id differs.
     */
    private static void format(Path logDirectory) throws Exception {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDirectory.toString())
                .setDirectories(List.of(logDirectory.toString()))
                .setIgnoreFormatted(true)
                // static quorum (controller.quorum.voters), as above
                .setHasDynamicQuorum(false)
                .run();
    }

    String bootstrapServers() {
        return LoopbackPorts.HOST + ":" + port;
    }

    int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
    }
}
