package de.thwien.dsr.platform.facts;

import io.quarkus.qute.TemplateData;

/** Where a requester can complain (Art. 77 GDPR); {@code fax} may be null. */
@TemplateData
public record SupervisoryAuthority(String name, String street, String city, String phone, String fax, String email,
        String website) {
}
