package de.thwien.dsr.intake.requester;

import io.vertx.core.http.HttpServerRequest;

/** The client's address the web form's limits count by, the same for its JSON API and its page. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
