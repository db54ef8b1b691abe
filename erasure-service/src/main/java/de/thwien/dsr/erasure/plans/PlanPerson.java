package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.Person;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import de.thwien.dsr.platform.keyring.SealedFields;
import de.thwien.dsr.platform.keyring.SealedFields.ScopeCipher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The requester on an erasure plan (her address and name, for the confirmation events' personal block and for
 * removing her mention from a third party's record), sealed at rest with the case's data key, the key the case's
 * events are sealed with. Once the case's key is shredded the plan still runs and shows, without her: she opens as
 * a person without address and name. Runs in the caller's Hibernate Reactive session.
 */
@ApplicationScoped
public class PlanPerson {

    static final String EMAIL = "person_email";
    static final String NAME = "person_name";
    private static final Person NOBODY = new Person(null, null);
    private static final Logger LOG = Logger.getLogger(PlanPerson.class);

    private final SealedFields sealedFields;

    public PlanPerson(SealedFields sealedFields) {
        this.sealedFields = sealedFields;
    }

    /**
     * Seals the person into a new plan (creates the case's key if it has none); before the plan is persisted. A case
     * whose key is shredded already keeps no person: shredding made her unreadable everywhere.
     */
    public Uni<Void> seal(ErasurePlan plan, Person person) {
        return sealedFields.forSealing(scopeOf(plan)).invoke(cipher -> sealInto(plan, cipher,
                person == null ? NOBODY : person)).replaceWithVoid();
    }

    /** Seals the plaintext of a plan written before plans were sealed (migration V13); no-op for a sealed one. */
    Uni<Void> sealPlaintext(ErasurePlan plan) {
        if (plan.personSealed) {
            return Uni.createFrom().voidItem();
        }
        return seal(plan, new Person(plan.personEmail, plan.personName));
    }

    /**
     * The plan's person; without address and name once the case's key is shredded, or when her sealed values
     * cannot be opened (changed in the table, copied from another case): never the sealed text.
     */
    public Uni<Person> open(ErasurePlan plan) {
        if (!plan.personSealed) {
            // written before sealing existed and not sealed yet (ClearPlanPersonSealing runs at start-up)
            return Uni.createFrom().item(new Person(plan.personEmail, plan.personName));
        }
        if (plan.personEmail == null && plan.personName == null) {
            return Uni.createFrom().item(NOBODY);
        }
        return sealedFields.forOpening(scopeOf(plan)).map(cipher -> open(plan, cipher));
    }

    private static void sealInto(ErasurePlan plan, ScopeCipher cipher, Person person) {
        if (cipher.shredded()) {
            plan.personEmail = null;
            plan.personName = null;
        } else {
            plan.personEmail = cipher.seal(EMAIL, person.email());
            plan.personName = cipher.seal(NAME, person.name());
        }
        plan.personSealed = true;
    }

    private static Person open(ErasurePlan plan, ScopeCipher cipher) {
        try {
            return new Person(cipher.open(EMAIL, plan.personEmail).orElse(null),
                    cipher.open(NAME, plan.personName).orElse(null));
        } catch (PersonalDataCipher.UnreadableException | IllegalStateException e) {
            LOG.warnf("erasure plan of case %s: its person cannot be opened (%s)", plan.caseId,
                    e.getClass().getSimpleName());
            return NOBODY;
        }
    }

    private static String scopeOf(ErasurePlan plan) {
        return KeyScopes.ofCase(plan.caseId.toString());
    }
}
