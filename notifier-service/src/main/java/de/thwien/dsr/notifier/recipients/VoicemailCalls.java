package de.thwien.dsr.notifier.recipients;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.SealedFields;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls of a case's voicemails, as an Art. 19 instruction names them so that the phone provider finds them: the
 * call's date and time (Europe/Berlin) and the caller's number as the provider's own mail showed it, never our
 * mailbox reference. The number is sealed with the case's key.
 */
@ApplicationScoped
public class VoicemailCalls {

    private static final String CALLER = "caller";

    private final SealedFields fields;

    public VoicemailCalls(SealedFields fields) {
        this.fields = fields;
    }

    /** A voicemail's call: when its mail arrived, and the caller's number (null when none was shown). */
    public record Call(Instant calledAt, String caller) {
    }

    /** The located voicemails of the case, each once however often the case is located. */
    public Uni<Void> remember(DiscoveryEvents.SubjectLocated located) {
        List<Finding> voicemails = located.personal() == null || located.personal().findings() == null ? List.of()
                : located.personal().findings().stream().filter(VoicemailCall::isVoicemail).toList();
        if (voicemails.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return fields.forSealing(KeyScopes.ofCase(located.caseId())).chain(cipher -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Finding voicemail : voicemails) {
                VoicemailCall.Key key = new VoicemailCall.Key(located.caseId(), voicemail.reference());
                chain = chain.chain(() -> VoicemailCall.<VoicemailCall>findById(key).chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    VoicemailCall call = new VoicemailCall();
                    call.key = key;
                    call.calledAt = voicemail.recordedAt();
                    call.caller = voicemail.caller() == null ? null : cipher.seal(CALLER, voicemail.caller());
                    return call.persist().replaceWithVoid();
                }));
            }
            return chain;
        });
    }

    /** The case's voicemail calls by their mail's reference; a number whose key was shredded reads as none. */
    public Uni<Map<String, Call>> ofCase(String caseId) {
        return VoicemailCall.<VoicemailCall>list("key.caseId", caseId).chain(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().item(Map.<String, Call>of());
            }
            return fields.forOpening(KeyScopes.ofCase(caseId)).map(cipher -> {
                Map<String, Call> calls = new HashMap<>();
                for (VoicemailCall row : rows) {
                    calls.put(row.key.reference, new Call(row.calledAt,
                            row.caller == null ? null : cipher.open(CALLER, row.caller).orElse(null)));
                }
                return calls;
            });
        });
    }

    /** How the instruction names the voicemail of {@code call}. */
    static String describe(Call call, NoticeLanguage language) {
        String time = language.dateTime(call.calledAt());
        return call.caller() == null || call.caller().isBlank()
                ? language.text("record.voicemailCallWithoutNumber", Map.of("time", time))
                : language.text("record.voicemailCall", Map.of("time", time, "caller", call.caller()));
    }
}
