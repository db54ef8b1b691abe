package de.thwien.dsr.admin.hops;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A case's way through the services: its events on every topic, personal data shown only as sealed. */
@Command(name = "case-hops", mixinStandardHelpOptions = true,
        description = {"Lists the events of one case on every topic and dead-letter topic (dsr.cases, dsr.discovery,"
                + " dsr.erasure, dsr.notices and their .dlq), oldest first: time, topic/partition@offset, type,"
                + " event id, source service.",
                "Personal blocks are shown as [sealed] or [shredded], never opened. Reads without a consumer group:"
                        + " no service's position moves."})
public class CaseHopsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<caseId>", description = "the case id (as on the dashboard and in the API)")
    String caseId;

    @Option(names = "--bootstrap", defaultValue = "127.0.0.1:19092", paramLabel = "<host:port>",
            description = "Kafka bootstrap servers (default: the local stack's, ${DEFAULT-VALUE})")
    String bootstrap;

    @Option(names = "--timeout", defaultValue = "PT30S", paramLabel = "<ISO-8601 duration>",
            description = "how long to wait for the broker and the topics' ends (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() {
        List<Hop> hops = new CaseHops(bootstrap, timeout).of(caseId.trim());
        PrintWriter out = spec.commandLine().getOut();
        out.println("case " + caseId.trim() + ": " + hops.size() + " event(s)");
        hops.forEach(hop -> out.println(hop.line()));
        return hops.isEmpty() ? 1 : 0;
    }
}
