package de.thwien.dsr.intake.requests;

import de.thwien.dsr.platform.address.MailAddressRule;
import de.thwien.dsr.platform.ratelimit.FixedWindowRateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many requests the public form takes per client, per target mailbox and per target domain in a window. Each
 * request makes our mailbox write to the address typed in, so the limits per mailbox (plus-addresses of one
 * mailbox count together) and per domain keep it from being used to flood someone. A request refused by one limit
 * uses up none of the later ones.
 */
public final class SubmissionLimits {

    private final FixedWindowRateLimiter perClientAddress;
    private final FixedWindowRateLimiter perMailbox;
    private final FixedWindowRateLimiter perDomain;

    public SubmissionLimits(int perClientAddress, int perMailbox, int perDomain, Duration window) {
        this.perClientAddress = new FixedWindowRateLimiter(perClientAddress, window);
        this.perMailbox = new FixedWindowRateLimiter(perMailbox, window);
        this.perDomain = new FixedWindowRateLimiter(perDomain, window);
    }

    /** Empty if the request may go on, else how long to wait; {@code address} as {@link MailAddressRule} gave it. */
    public Optional<Duration> tryAcquire(String clientAddress, String address, Instant now) {
        return perClientAddress.tryAcquire(clientAddress, now)
                .or(() -> perMailbox.tryAcquire(MailAddressRule.mailboxKey(address), now))
                .or(() -> perDomain.tryAcquire(MailAddressRule.domainOf(address), now));
    }
}
