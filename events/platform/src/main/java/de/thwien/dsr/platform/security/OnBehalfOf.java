package de.thwien.dsr.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import java.util.regex.Pattern;

/**
 * Who a request acts for. A person calls with her own login; the dashboard calls other services with its service login
 * (role {@value #SERVICE_ROLE}) and names the logged-in person in {@value #HEADER}, so that audit trails name her and
 * not the dashboard. Only a service login may name someone else, and it must: an unnamed decision is refused.
 */
public final class OnBehalfOf {

    public static final String HEADER = "X-DSR-On-Behalf-Of";
    public static final String SERVICE_ROLE = "service";

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{1,100}");

    private OnBehalfOf() {
    }

    /** The acting person's user name. */
    public static String actor(SecurityIdentity caller, String onBehalfOf) {
        boolean service = caller.hasRole(SERVICE_ROLE);
        if (onBehalfOf == null || onBehalfOf.isEmpty()) {
            if (service) {
                throw new ForbiddenException("a service login decides only on behalf of a person named in " + HEADER);
            }
            return caller.getPrincipal().getName();
        }
        if (!service) {
            throw new ForbiddenException(HEADER + " is accepted only from a service login");
        }
        if (!USERNAME.matcher(onBehalfOf).matches()) {
            throw new BadRequestException(HEADER + " must be a user name");
        }
        return onBehalfOf;
    }
}
