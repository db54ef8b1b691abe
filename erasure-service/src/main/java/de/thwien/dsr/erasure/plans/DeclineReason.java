package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.ErasureEvents.ReasonCode;

/**
 * Why the assistant declines a plan item. Not acting on part of a request must be explained to the requester
 * with her right to complain and to a judicial remedy (Art. 12(4) GDPR), unless the record is not hers at all.
 */
public enum DeclineReason {
    /** The record concerns another person (the same name, a shared address): it is left out of the notice. */
    NOT_THE_REQUESTER(ReasonCode.NOT_THE_REQUESTER),
    /** Needed to establish, exercise or defend legal claims (Art. 17(3)(e) GDPR). */
    LEGAL_CLAIMS(ReasonCode.LEGAL_CLAIMS),
    /** Another reason, told to the requester in the assistant's words. */
    OTHER(ReasonCode.DECLINED);

    private final ReasonCode code;

    DeclineReason(ReasonCode code) {
        this.code = code;
    }

    public ReasonCode code() {
        return code;
    }
}
