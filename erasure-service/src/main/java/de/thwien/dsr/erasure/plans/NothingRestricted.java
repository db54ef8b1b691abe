package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/** A lift asked for on a restriction request none of whose records is restricted (none were, or all are lifted); 409. */
public class NothingRestricted extends Refusal {

    NothingRestricted() {
        super(Kind.CONFLICT, "none of her records is restricted at her request (none was restricted, or all are"
                + " lifted): there is nothing to lift");
    }
}
